import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { SimulatorControl } from '@/simulator/control-client';
import { BACKGROUND_CALLS } from '@/test-support/background-calls';
import { expect, newCitizen, test } from '../fixtures';
import { leaseTime } from '../fixtures/booking-helpers';
import { SECOND_INSTANCE_URL } from '../fixtures/env';
import { journey, typeInto } from '../fixtures/journey';

/** What a journey must ask the upstream live; everything else comes from the catalogue cache. */
const live = [
  'listSchedulingDates',
  'listSchedulingPeriods',
  'listSchedulingHours',
  'createAppointment',
  'queryAppointment',
];
/** What a booking sends after its pages answered: counted apart (test-support/background-calls.ts). */
const sends = BACKGROUND_CALLS;
const transfer = { company: 102, category: 205, serviceType: 309, region: 404, unit: 505 };

async function book(page: Page, simulator: SimulatorControl) {
  const at = await leaseTime(simulator, transfer);
  const citizen = newCitizen();
  const booking = journey(page);
  await booking.start('Detran Amazonas');
  await booking.chooseCategory('Veículos');
  await booking.chooseType('Transferência de propriedade de veículo');
  await booking.chooseUnit('Detran Shopping Via Norte');
  await booking.chooseDate(at.date);
  await booking.chooseTime(at.hour);
  await booking.fillDetails(citizen, { whatsapp: true });
  await typeInto(page.getByRole('textbox', { name: 'Placa do veículo' }), 'ABC1D23');
  await typeInto(page.getByRole('textbox', { name: 'Renavam' }), '12345678901');
  await booking.next();
  await booking.confirm();
  return { citizen, protocol: await booking.protocol() };
}

// The faults project runs one test at a time on its own simulator, so that its log holds this
// journey's calls only; on the instance with the catalogue cache.
test.use({ baseURL: SECOND_INSTANCE_URL });

test('a journey on a warm cache calls the upstream only for what must be live', async ({ page, simulator }) => {
  await book(page, simulator); // warms the catalogue cache
  await simulator.clearLog();
  const { citizen, protocol } = await book(page, simulator);
  // The confirmation sends go out after the page has answered: counted by their recipient (and the
  // receipt's files by their name), so that a late send of an earlier test is not counted as this journey's.
  const mine = async () =>
    (await simulator.notifications()).filter((n) => n.to === citizen.email || n.to === `55${citizen.phoneDigits}`);
  // E-mail and WhatsApp (whose delivery check then reads the notifications report).
  await expect.poll(async () => (await mine()).length).toBe(2);
  // The receipt's PDF and .ics, each uploaded once for both messages.
  const uploads = (await simulator.media()).filter((m) => m.fileName.includes(protocol));
  expect(uploads.map((m) => m.fileName).sort()).toEqual([`agendamento-${protocol}.ics`, `comprovante-${protocol}.pdf`]);
  const calls = [
    ...(await simulator.log()).map((entry) => entry.endpoint).filter((name) => !sends.includes(name)),
    ...(await mine()).map((n) => ({ email: 'sendEmail', whatsapp: 'sendWhatsApp', sms: 'sendSms' })[n.channel]),
    ...uploads.map(() => 'uploadWhatsAppMedia'),
  ];
  const counts = Object.fromEntries([...new Set(calls)].map((name) => [name, calls.filter((c) => c === name).length]));
  console.log(`Upstream calls of one journey on a warm cache: ${calls.length}`, counts);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/journey-cost.json', `${JSON.stringify({ total: calls.length, counts }, null, 2)}\n`);
  expect(calls.filter((name) => !live.includes(name) && !sends.includes(name))).toEqual([]);
  expect(counts.createAppointment).toBe(1);
  // Detran Shopping Via Norte opens three periods: the day's periods are discovered (List Periods)
  // and each asked for its hours, and still a booking costs at most six calls besides its messages.
  expect(counts.listSchedulingPeriods).toBe(1);
  expect(calls.filter((name) => !sends.includes(name)).length).toBeLessThanOrEqual(6);
});
