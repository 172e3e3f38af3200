import { expect, newCitizen, test } from '../fixtures';
import { protocolsHeldBy, leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { licenceRenewal, timePage } from '../fixtures/places';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

test('a 5xx on a step shows the calm page, and "try again" continues once it recovers', async ({ page, simulator }) => {
  const { date } = await leaseTime(simulator, licenceRenewal);
  await simulator.fault('listSchedulingHours', { status: 503 });
  await page.goto(timePage(licenceRenewal, date));
  await expect(page.getByRole('heading', { level: 1, name: 'O serviço está indisponível no momento' })).toBeVisible();
  await expect(page.getByText('Nada do que você escolheu foi perdido.')).toBeVisible();

  await simulator.clearFaults();
  await page.getByRole('link', { name: 'Tentar novamente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Escolha o horário' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`date=${date}`));
});

test('a refused confirm books nothing, says so, keeps everything and lets the citizen confirm again', async ({
  page,
  simulator,
}) => {
  const citizen = newCitizen('Elisa Erro Passageiro');
  const booking = await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy);
  // A 429 proves the upstream did nothing: no need to look for the booking.
  await simulator.fault('createAppointment', { status: 429, times: 1 });
  await booking.confirm();
  await expect(page.getByRole('status').filter({ hasText: 'Nada foi reservado' })).toBeVisible();
  await expect(page.getByText(citizen.cpfFormatted)).toBeVisible();
  await booking.confirm();
  const protocol = await booking.protocol();
  expect(await protocolsHeldBy(simulator, citizen)).toEqual([protocol]);
});
