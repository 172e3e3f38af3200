import { expect, newCitizen, test } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { typeInto } from '../fixtures/journey';
import { licenceRenewal } from '../fixtures/places';

// Where citizens give up: the journey's steps go to Pulse from the server (lib/pulse), one app
// session per journey named by the random id its URL carries. No script, no cookie, nothing personal.
test('a journey’s events reach Pulse in order, with nothing of the person in any of them', async ({
  page,
  booking,
  simulator,
}) => {
  const js = test.info().project.name === 'js';
  const citizen = newCitizen('Joana Funil');
  const at = await leaseTime(simulator, licenceRenewal);
  await booking.start('Detran Amazonas');
  await booking.chooseCategory('Habilitação');
  // The journey's id, as its URL carries it from the first answer on.
  const journey = new URL(page.url()).searchParams.get('j');
  expect(journey).toMatch(/^[\w-]{22}$/);
  await booking.chooseType('Renovação da CNH');
  await booking.chooseRegion('Manaus');
  await booking.chooseUnit('Detran Sede Flores');
  await booking.chooseDate(at.date);
  await booking.chooseTime(at.hour);
  // Details first refused (no CNH number), then given.
  await booking.fillDetails(citizen);
  await page.getByLabel('Já paguei a taxa (DAR)').check();
  await booking.next();
  await expect(page.getByRole('alert', { name: 'Há um problema' })).toBeVisible();
  await typeInto(page.getByLabel('Número de registro da CNH'), '12345678901');
  await booking.next();
  await booking.confirm();
  const protocol = await booking.protocol();

  const session = async () => (await simulator.pulse()).find((s) => s.externalID === journey);
  // With JavaScript the browser's own check stops the refused details before they are sent: the
  // server, which sends the events, sees only the ones it refused itself.
  await expect.poll(async () => (await session())?.events.length ?? 0, { timeout: 30_000 }).toBe(js ? 8 : 9);
  const mine = (await session())!;
  expect(mine).toMatchObject({ app: 'agendamento-web', language: 'pt-BR' });
  const events = [...mine.events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  expect(events.map((e) => [e.name, e.properties])).toEqual([
    ['answered', { step: 'category' }],
    ['answered', { step: 'serviceType' }],
    ['answered', { step: 'region' }],
    ['answered', { step: 'unit' }],
    ['answered', { step: 'date' }],
    ['answered', { step: 'time' }],
    ...(js ? [] : [['details-refused', { fields: 'answers.cnhRegistration', js }]]),
    ['answered', { step: 'details', js }],
    ['confirmed', { outcome: 'confirmed', js }],
  ]);
  // Every event read whole: no name, CPF, e-mail, phone or protocol in any of them.
  const sent = JSON.stringify(mine);
  for (const personal of [
    citizen.name,
    citizen.cpf,
    citizen.cpfFormatted,
    citizen.email,
    citizen.phoneDigits,
    protocol,
  ]) {
    expect(sent).not.toContain(personal);
  }
});
