import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, newCitizen, test } from '../fixtures';
import { APP_URL } from '../fixtures/env';
import { journey } from '../fixtures/journey';

/** What a journey must ask the upstream live; everything else comes from the catalogue cache. */
const live = [
  'listSchedulingDates',
  'listSchedulingPeriods',
  'listSchedulingHours',
  'createAppointment',
  'queryAppointment',
];
/** The confirmation sends, made after the response (the demonstration switches all three on). */
const sends = ['sendEmail', 'sendWhatsApp', 'sendSms'];

async function book(page: Page, nthDay: number) {
  const booking = journey(page);
  await booking.start('Detran Amazonas');
  await booking.chooseCategory('Veículos');
  await booking.chooseType('Transferência de propriedade de veículo');
  await booking.chooseUnit('Detran Shopping Via Norte');
  await booking.chooseDate(nthDay);
  await booking.chooseTime();
  await booking.fillDetails(newCitizen());
  await page.getByRole('textbox', { name: 'Placa do veículo' }).fill('ABC1D23');
  await page.getByRole('textbox', { name: 'Renavam' }).fill('12345678901');
  await booking.next();
  await booking.confirm();
  return booking.protocol();
}

// Runs in the faults project: alone, so that the simulator's log holds this journey's calls only;
// on the app with the catalogue cache.
test.use({ baseURL: APP_URL });

test('a journey on a warm cache calls the upstream only for what must be live', async ({ page, simulator }) => {
  await book(page, 3); // warms the catalogue cache
  await simulator.clearLog();
  await book(page, 4);
  await expect.poll(async () => (await simulator.log()).filter((e) => sends.includes(e.endpoint)).length).toBe(3);
  const calls = (await simulator.log()).map((entry) => entry.endpoint);
  const counts = Object.fromEntries([...new Set(calls)].map((name) => [name, calls.filter((c) => c === name).length]));
  console.log(`Upstream calls of one journey on a warm cache: ${calls.length}`, counts);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/journey-cost.json', `${JSON.stringify({ total: calls.length, counts }, null, 2)}\n`);
  expect(calls.filter((name) => !live.includes(name) && !sends.includes(name))).toEqual([]);
  expect(counts.createAppointment).toBe(1);
});
