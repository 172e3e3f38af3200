import { expect, newCitizen, test } from '../fixtures';
import { leaseTime, protocolsHeldBy, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { SECOND_INSTANCE_URL, UNCACHED_APP_URL } from '../fixtures/env';

// Sixteen citizens behind one address (a family, an office, a phone network's shared address),
// each confirming with a double click while the load balancer replays the POST on the other
// instance. The key of a booking already claimed answers its twins before any limit: a booking
// spends the address's allowance once, and nobody who booked is told nothing was booked.
test('a double click and a replay at the create limit: each booking spends once, no one booked is told otherwise', async ({
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
  const page = await context.newPage();
  const answers: { cpf: string; texts: string[] }[] = [];
  const citizens = Array.from({ length: 16 }, (_, i) => newCitizen(`Família Compartilhada ${i + 1}`));
  for (const citizen of citizens) {
    await context.clearCookies();
    await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy);
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Confirmar agendamento' }) });
    const fields = Object.fromEntries(
      await form.evaluate((f: HTMLFormElement) => [...new FormData(f)].map(([name, value]) => [name, String(value)])),
    ) as Record<string, string>;
    const url = new URL(page.url());
    const post = (origin: string) =>
      context.request
        .post(`${origin}${url.pathname}${url.search}`, { multipart: fields, headers: { origin } })
        .then(async (response) => `${response.status()} ${await response.text()}`);
    // The double click on this instance, and the balancer's replay on the other, at once.
    const texts = await Promise.all([post(UNCACHED_APP_URL), post(UNCACHED_APP_URL), post(SECOND_INSTANCE_URL)]);
    answers.push({ cpf: citizen.cpf, texts });
  }
  await context.close();

  const booked = [];
  for (const [i, citizen] of citizens.entries()) {
    const held = await protocolsHeldBy(simulator, citizen);
    expect(held.length, citizen.name).toBeLessThanOrEqual(1);
    const { texts } = answers[i]!;
    expect(
      texts.every((t) => !t.startsWith('5')),
      citizen.name,
    ).toBe(true);
    if (held.length === 1) {
      booked.push(citizen.name);
      // Every answer this person's browser could show says booked (or that it is being checked).
      for (const text of texts) expect(text, citizen.name).not.toContain('Nada foi agendado');
    } else {
      expect(
        texts.some((t) => t.includes('Muitos agendamentos feitos a partir desta conexão')),
        citizen.name,
      ).toBe(true);
    }
  }
  console.log(`Citizens behind one address who booked with a double click and a replay each: ${booked.length} of 16`);
  // CREATE_LIMIT_PER_CLIENT is 10 by default: ten bookings, each spending once.
  expect(booked).toHaveLength(10);
});
