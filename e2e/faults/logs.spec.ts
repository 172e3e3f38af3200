import { expect, newCitizen, test } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { registerWalkIn } from '../fixtures/front-desk';
import { startInstance } from '../fixtures/instances';
import { journey, typeInto } from '../fixtures/journey';
import { cuiabaVaccination, datePage, licenceRenewal } from '../fixtures/places';
import { lookUp } from '../fixtures/sign-in';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

test('everything the server prints once it runs is a JSON line, its errors included, with no personal data', async ({
  request,
  simulator,
}) => {
  const instance = await startInstance({ LOG_LEVEL: 'info' });
  try {
    // Live reads are never cached: this one reaches the failing upstream.
    await simulator.fault('listSchedulingDates', { status: 503, times: 3 });
    await request.get(`${instance.url}/book/live/dates?unit=501&serviceType=302&region=401`);
    await request.get(`${instance.url}/nowhere`);
    await request.get(`${instance.url}/appointments/%E0%A4%A`);
    await request.post(`${instance.url}/staff/sign-in`, { multipart: { user: 'x', password: 'y' } });
    await expect.poll(() => instance.output()).toContain('tatodesk call failed');
  } finally {
    await instance.kill();
  }
  // Next's banner comes before the app starts; from the first line the app writes, all is JSON.
  const lines = instance.output().split('\n').filter(Boolean);
  const first = lines.findIndex((line) => line.startsWith('{'));
  expect(first).toBeGreaterThanOrEqual(0);
  for (const line of lines.slice(first)) {
    expect(() => JSON.parse(line), line).not.toThrow();
  }
  const failure = lines
    .slice(first)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((l) => l.msg === 'tatodesk call failed');
  expect(failure).toMatchObject({ requestId: expect.any(String), endpoint: 'listSchedulingDates' });
  expect(instance.output()).not.toMatch(/\d{3}\.\d{3}\.\d{3}-\d{2}|52998224725/);
});

test('a booking, a lookup, a walk-in and a waiting-list entry leave none of the person’s data in any log line', async ({
  browser,
  simulator,
}) => {
  test.setTimeout(180_000);
  // The most the server writes: every debug line too.
  const instance = await startInstance({ LOG_LEVEL: 'debug' });
  const context = await browser.newContext({ baseURL: instance.url, locale: 'pt-BR' });
  const page = await context.newPage();
  const [booker, walkIn, waiting] = [
    newCitizen('Heloísa Registro Sigiloso'),
    newCitizen('Anselmo Balcão Sigiloso'),
    newCitizen('Dalva Espera Sigilosa'),
  ];
  try {
    // A booking, as a citizen makes it, with every channel ticked.
    const at = await leaseTime(simulator, licenceRenewal);
    const booking = journey(page);
    await booking.start('Detran Amazonas');
    await booking.chooseCategory('Habilitação');
    await booking.chooseType('Renovação da CNH');
    await booking.chooseRegion('Manaus');
    await booking.chooseUnit('Detran Sede Flores');
    await booking.chooseDate(at.date);
    await booking.chooseTime(at.hour);
    await booking.fillDetails(booker, { whatsapp: true, sms: true });
    await typeInto(page.getByLabel('Número de registro da CNH'), '98765432109');
    await page.getByLabel('Já paguei a taxa (DAR)').check();
    await booking.next();
    await booking.confirm();
    const protocol = await booking.protocol();
    // Its lookup, in a fresh session.
    await context.clearCookies();
    await lookUp(page, protocol, booker.cpfFormatted, booker.email);
    await expect(page.getByText(protocol)).toBeVisible();

    // A walk-in at the counter.
    await registerWalkIn(page, walkIn, { plate: 'QWE9R87' });

    // A waiting-list entry by phone.
    await page.goto(datePage(cuiabaVaccination));
    await page.getByRole('link', { name: 'Avise-me se abrir uma vaga' }).click();
    await page.getByRole('radio', { name: 'Por WhatsApp ou SMS' }).check();
    await typeInto(page.getByRole('textbox', { name: 'Celular' }), waiting.phone);
    await page
      .getByRole('checkbox', { name: /WhatsApp/ })
      .first()
      .check();
    await page.getByRole('button', { name: 'Entrar na lista de espera' }).click();
    await expect(page.getByText('Você entrou na lista de espera')).toBeVisible();
    // The confirmation's messages have gone out (their jobs log too).
    await expect
      .poll(async () => (await simulator.notifications()).filter((n) => n.to === booker.email).length)
      .toBeGreaterThan(0);
  } finally {
    await context.close();
    await instance.kill();
  }
  const output = instance.output();
  expect(output).toContain('"level":20'); // debug lines were written, and read here
  const personal = [booker, walkIn, waiting].flatMap((c) => [
    c.name,
    c.cpf,
    c.cpfFormatted,
    c.email,
    c.phone,
    c.phoneDigits,
    `55${c.phoneDigits}`,
  ]);
  const found = [...new Set(personal)].filter((value) => output.includes(value));
  console.log(
    `Personal values searched for in ${output.split('\n').length} log lines: ${personal.length}; found: ${found.length}`,
  );
  expect(found).toEqual([]);
  for (const answer of ['98765432109', 'QWE9R87']) expect(output).not.toContain(answer);
});
