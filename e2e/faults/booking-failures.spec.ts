import { expect, newCitizen, test } from '../fixtures';
import { freeTime, roomyDay, toCheckPage } from '../fixtures/booking-helpers';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

const timeStep = '/book/time?company=102&category=204&type=307&region=404&unit=504';

test('a 5xx on a step shows the calm page, and "try again" continues once it recovers', async ({ page, simulator }) => {
  await page.goto('/book/date?company=102&category=204&type=307&region=404&unit=504');
  const date = await page
    .getByRole('radio', { disabled: false })
    .nth(4)
    .evaluate((el) => (el as HTMLInputElement).value);

  await simulator.fault('listSchedulingHours', { status: 503 });
  await page.goto(`${timeStep}&date=${date}`);
  await expect(page.getByRole('heading', { level: 1, name: 'O serviço está indisponível no momento' })).toBeVisible();
  await expect(page.getByText('Nada do que você escolheu foi perdido.')).toBeVisible();

  await simulator.clearFaults();
  await page.getByRole('link', { name: 'Tentar novamente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Escolha o horário' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`date=${date}`));
});

test('an upstream failure on confirm keeps everything and lets the citizen confirm again', async ({
  page,
  simulator,
}) => {
  const { date, time } = await freeTime(page, 14, roomyDay);
  const citizen = newCitizen('Elisa Erro Passageiro');
  const booking = await toCheckPage(page, citizen, date, time, roomyDay);
  await simulator.fault('createAppointment', { status: 503, times: 1 });
  await booking.confirm();
  await expect(page.getByRole('status').filter({ hasText: 'Nada foi reservado' })).toBeVisible();
  await expect(page.getByText(citizen.cpfFormatted)).toBeVisible();
  await booking.confirm();
  const protocol = await booking.protocol();
  const mine = (await simulator.appointments()).filter((a) => a.client.cpf === citizen.cpf);
  expect(mine.map((a) => a.protocol)).toEqual([protocol]);
});
