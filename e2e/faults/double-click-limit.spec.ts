import type { Cookie } from '@playwright/test';
import { expect, newCitizen, test, type Citizen } from '../fixtures';
import { leaseTime, protocolsHeldBy, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { SECOND_INSTANCE_URL, UNCACHED_APP_URL } from '../fixtures/env';

/** CHALLENGE_WAIT_SECONDS as the shared instances run it (the default). */
const CHALLENGE_WAIT_SECONDS = 10;

// Sixteen citizens behind one address (a family, an office, a phone network's shared address),
// each confirming with a double click while the load balancer replays the POST on the other
// instance. The key of a booking already claimed answers its twins before any limit: a booking
// spends the address's count once, so the first ten book at once and only from the eleventh
// (CREATE_CHALLENGE_PER_CLIENT) is each asked for the proof of work, here the short wait of a
// browser without JavaScript; after it, they book too. Nobody is turned away, nobody who booked is
// told nothing was booked.
test('a double click and a replay behind one shared address: each booking counts once, and everyone books', async ({
  browser,
  simulator,
}) => {
  test.setTimeout(300_000);
  const address = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
  const context = await browser.newContext({
    javaScriptEnabled: false,
    locale: 'pt-BR',
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  const waitMessage = /Aguarde \d+ segundos? e pressione/;
  type Asked = { citizen: Citizen; texts: string[]; cookies: Cookie[]; checkUrl: string };
  const asked: Asked[] = [];
  const citizens = Array.from({ length: 16 }, (_, i) => newCitizen(`Família Compartilhada ${i + 1}`));
  // Each reaches the check page in a browser of their own behind the shared address, four at a
  // time (the order they confirm in is what counts, and that stays one by one, below).
  const ready: { citizen: Citizen; fields: Record<string, string>; url: URL; cookies: Cookie[] }[] = [];
  for (let at = 0; at < citizens.length; at += 4) {
    ready.push(
      ...(await Promise.all(
        citizens.slice(at, at + 4).map(async (citizen) => {
          const own = await browser.newContext({
            javaScriptEnabled: false,
            locale: 'pt-BR',
            extraHTTPHeaders: { 'x-forwarded-for': address },
          });
          const page = await own.newPage();
          await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy);
          const form = page
            .locator('form')
            .filter({ has: page.getByRole('button', { name: 'Confirmar agendamento' }) });
          const fields = Object.fromEntries(
            await form.evaluate((f: HTMLFormElement) =>
              [...new FormData(f)].map(([name, value]) => [name, String(value)]),
            ),
          ) as Record<string, string>;
          const prepared = { citizen, fields, url: new URL(page.url()), cookies: await own.cookies() };
          await own.close();
          return prepared;
        }),
      )),
    );
  }
  for (const { citizen, fields, url, cookies } of ready) {
    await context.clearCookies();
    await context.addCookies(cookies);
    const post = (origin: string) =>
      context.request
        .post(`${origin}${url.pathname}${url.search}`, { multipart: fields, headers: { origin } })
        .then(async (response) => `${response.status()} ${await response.text()}`);
    // The double click on this instance, and the balancer's replay on the other, at once.
    const texts = await Promise.all([post(UNCACHED_APP_URL), post(UNCACHED_APP_URL), post(SECOND_INSTANCE_URL)]);
    for (const text of texts) expect(text.startsWith('5'), citizen.name).toBe(false);
    const held = await protocolsHeldBy(simulator, citizen);
    expect(held.length, citizen.name).toBeLessThanOrEqual(1);
    if (held.length === 1) {
      // Every answer this person's browser could show says booked (or that it is being checked).
      for (const text of texts) expect(text, citizen.name).not.toContain('Nada foi agendado');
    } else {
      expect(
        texts.some((t) => waitMessage.test(t)),
        citizen.name,
      ).toBe(true);
      asked.push({ citizen, texts, cookies, checkUrl: url.toString() });
    }
  }
  console.log(
    `Citizens behind one address who booked at once: ${16 - asked.length} of 16; asked to wait: ${asked.length}`,
  );
  // The address's count reached ten with ten bookings: each spent it once, double click and replay included.
  expect(asked.map((a) => a.citizen.name)).toEqual(citizens.slice(10).map((c) => c.name));
  // Nobody was told to come back later (the page carries the message's template: what was said has its number).
  const turnedAway = asked.flatMap((a) => a.texts).filter((t) => /tente de novo em \d+ minutos?/.test(t));
  expect(turnedAway).toHaveLength(0);

  // Each of them in a browser of their own, as a person without JavaScript: pressed, told to wait;
  // the wait over, pressed again, booked.
  const tabs = [];
  for (const { citizen, cookies, checkUrl } of asked) {
    const own = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'pt-BR',
      extraHTTPHeaders: { 'x-forwarded-for': address },
    });
    await own.addCookies(cookies);
    const tab = await own.newPage();
    await tab.goto(checkUrl);
    await tab.getByRole('button', { name: 'Confirmar agendamento' }).click();
    await expect(
      tab.getByText(/Aguarde \d+ segundos? e pressione “Confirmar agendamento” de novo/),
      citizen.name,
    ).toBeVisible();
    tabs.push({ citizen, tab, own });
  }
  await new Promise((resolve) => setTimeout(resolve, (CHALLENGE_WAIT_SECONDS + 1) * 1000));
  for (const { citizen, tab, own } of tabs) {
    await tab.getByRole('button', { name: 'Confirmar agendamento' }).click();
    await expect(tab.getByRole('heading', { level: 1, name: 'Agendamento confirmado' }), citizen.name).toBeVisible();
    expect(await protocolsHeldBy(simulator, citizen), citizen.name).toHaveLength(1);
    await own.close();
  }
  await context.close();
});
