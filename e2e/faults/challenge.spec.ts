import { axeViolations, expect, newCitizen, test } from '../fixtures';
import { leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { hiddenFields } from '../fixtures/forms';
import { startInstance, startRedis } from '../fixtures/instances';
import { detailsPage, inssRioBranco } from '../fixtures/places';

/**
 * A script books from one address as fast as it can: past ten creates (CREATE_CHALLENGE_PER_CLIENT)
 * each of its creates is asked for the proof of work, which it does not give; its proofless posts
 * turn the proof on for everyone (a low threshold here). Meanwhile people on other addresses still
 * book: with JavaScript by the keyboard alone (the page proves by itself), without JavaScript
 * through the short wait. Its own Redis, so that the suspicious count it raises reaches no other test.
 */
test('a flood of creates is slowed and challenged, and people with and without JavaScript still book', async ({
  browser,
  page,
  simulator,
}) => {
  test.setTimeout(240_000);
  const redis = await startRedis();
  const instance = await startInstance({
    REDIS_URL: redis.url,
    CHALLENGE: 'auto',
    CHALLENGE_THRESHOLD: '5',
    CHALLENGE_WAIT_SECONDS: '3',
  });
  try {
    const bot = '203.0.113.77';
    const at = await leaseTime(simulator, inssRioBranco, 'any');
    // The script's 50 sessions, each at the check page with the form it will post.
    const forms: Posted[] = [];
    for (let wave = 0; wave < 50; wave += 10) {
      forms.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, i) => scriptToCheckPage(instance.url, bot, at, wave + i)),
        )),
      );
    }
    // Fired in two bursts within the minute: the first meets the address's count, the second finds the proof on.
    const first = await Promise.all(forms.slice(0, 25).map((form) => post(form)));
    const second = await Promise.all(forms.slice(25).map((form) => post(form)));
    const waitMessage = /Aguarde \d+ segundos? e pressione/;
    for (const answer of [...first, ...second]) expect(answer.status).toBeLessThan(500);
    // Ten creates go on; from then on the script is asked for the proof (a wait, without JavaScript).
    // (The page carries its messages' templates too: what was said is the one with its number filled in.)
    const admitted = first.filter((a) => a.status === 303);
    expect(admitted.length).toBeLessThanOrEqual(10);
    expect(admitted.length + first.filter((a) => waitMessage.test(a.text)).length).toBe(25);
    expect(second.filter((a) => waitMessage.test(a.text))).toHaveLength(25);
    const scripted = new Set(forms.map((f) => f.cpf));
    expect((await simulator.appointments()).filter((a) => scripted.has(a.client.cpf)).length).toBeLessThanOrEqual(10);

    // A person with JavaScript, by the keyboard alone: the page proves by itself, Enter books.
    const person = newCitizen('Pessoa Com Teclado');
    const booking = await toCheckPage(page, person, await leaseTime(simulator, roomy), roomy, instance.url);
    await expect(page.getByText('Verificação automática contra robôs')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirmar agendamento' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Agendamento confirmado' })).toBeVisible({
      timeout: 30_000,
    });
    expect(await booking.protocol()).toMatch(/^\d{14}$/);

    // A person without JavaScript: told to wait a few seconds, then the same button books.
    const plain = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'pt-BR',
      extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.23' },
    });
    try {
      const tab = await plain.newPage();
      await toCheckPage(tab, newCitizen('Pessoa Sem Script'), await leaseTime(simulator, roomy), roomy, instance.url);
      await tab.getByRole('button', { name: 'Confirmar agendamento' }).click();
      const wait = tab.getByText(/Aguarde \d+ segundos? e pressione “Confirmar agendamento” de novo/);
      await expect(wait).toBeVisible();
      const seconds = Number(/Aguarde (\d+)/.exec((await wait.textContent()) ?? '')![1]);
      await tab.waitForTimeout(seconds * 1000 + 200);
      await tab.getByRole('button', { name: 'Confirmar agendamento' }).click();
      await expect(tab.getByRole('heading', { level: 1, name: 'Agendamento confirmado' })).toBeVisible();
    } finally {
      await plain.close();
    }
  } finally {
    await instance.kill();
    await redis.stop();
  }
});

type Posted = { url: string; cookie: string; fields: [string, string][]; cpf: string };

/**
 * One of the script's sessions, from the details question to the check page, as a script does it:
 * plain HTTP (the forms' own fields read from the page and posted back, cookies kept), no browser.
 */
async function scriptToCheckPage(origin: string, address: string, at: { date: string; hour: string }, n: number) {
  const citizen = newCitizen(`Robo Numero ${n}`);
  const jar = new Map<string, string>();
  const call = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(url, origin), {
      ...init,
      redirect: 'manual',
      headers: {
        'x-forwarded-for': address,
        'accept-language': 'pt-BR',
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!, value.join('='));
    }
    return response;
  };
  const details = await (await call(detailsPage(inssRioBranco, at))).text();
  const body = new FormData();
  for (const [name, value] of formFields(details, 'name="cpf"')) body.append(name, value);
  body.append('name', citizen.name);
  body.append('cpf', citizen.cpfFormatted);
  body.append('email', citizen.email);
  body.append('phone', citizen.phone);
  const saved = await call(detailsPage(inssRioBranco, at), { method: 'POST', body });
  expect(saved.status).toBe(303);
  const checkUrl = new URL(saved.headers.get('location')!, origin).toString();
  const check = await (await call(checkUrl)).text();
  expect(check).toContain('Confira antes de confirmar');
  return {
    url: checkUrl,
    cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    fields: [...formFields(check, 'name="key"'), ['website', '']] as [string, string][],
    cpf: citizen.cpf,
  };
}

/** The hidden fields of the page's form that holds `marker`, as a browser without JavaScript posts them. */
function formFields(html: string, marker: string): [string, string][] {
  const form = html
    .split('<form')
    .find((part) => part.includes(marker))!
    .split('</form>')[0]!;
  return hiddenFields(form).map(({ name, value }) => [name, value] as [string, string]);
}

/** The confirm form posted as a script posts it: the same fields, the same cookies, no browser. */
async function post(form: Posted): Promise<{ status: number; text: string }> {
  const body = new FormData();
  for (const [name, value] of form.fields) body.append(name, value);
  const response = await fetch(form.url, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: {
      'x-forwarded-for': '203.0.113.77',
      cookie: form.cookie,
      'accept-language': 'pt-BR',
    },
  });
  return { status: response.status, text: await response.text() };
}
