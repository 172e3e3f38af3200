import { expect, newCitizen, test } from '../fixtures';
import { protocolsHeldBy, lastPlace, leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { journey } from '../fixtures/journey';

test('two citizens race for the last place: one gets the protocol, the other picks again with details kept @js-only', async ({
  browser,
  page,
  simulator,
}) => {
  const at = await leaseTime(simulator, lastPlace, 'last');
  // The other time the loser picks instead, the same day: leased too, so that it is still free then.
  const instead = await leaseTime(simulator, lastPlace, 'last', at.date);
  const first = newCitizen('Ana Race Primeira');
  const second = newCitizen('Bruno Race Segundo');
  const other = await (await browser.newContext({ locale: 'pt-BR' })).newPage();
  const winner = await toCheckPage(page, first, at);
  const loser = await toCheckPage(other, second, at);

  await winner.confirm();
  const protocol = await winner.protocol();
  await loser.confirm();

  await expect(other.getByRole('heading', { level: 1, name: 'Escolha o horário' })).toBeVisible();
  await expect(other.getByText('Alguém confirmou este horário antes de você')).toBeVisible();
  await expect(other.getByRole('radio', { name: new RegExp(`^${at.hour} `) })).toHaveCount(0);
  // Another time goes straight back to the check page: the details are not asked again.
  await other.getByRole('radio', { name: new RegExp(`^${instead.hour} `) }).check();
  await journey(other).next();
  await expect(other.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
  await expect(other.getByText(second.cpfFormatted)).toBeVisible();
  await journey(other).confirm();
  const secondProtocol = await journey(other).protocol();

  const held = await simulator.appointments();
  expect(held.filter((a) => a.protocol === protocol && a.client.cpf === first.cpf)).toHaveLength(1);
  expect(held.filter((a) => a.protocol === secondProtocol && a.client.cpf === second.cpf)).toHaveLength(1);
  expect(
    held.filter(
      (a) => a.date === at.date.split('-').reverse().join('/') && a.hour === at.hour && a.attendanceUnitID === 502,
    ),
  ).toHaveLength(1);
  await other.context().close();
});

test('a double submit books once', async ({ page, simulator }, info) => {
  const at = await leaseTime(simulator, roomy, 'roomy');
  const citizen = newCitizen('Carla Clique Duplo');
  const booking = await toCheckPage(page, citizen, at, roomy);
  const confirm = page.getByRole('button', { name: 'Confirmar agendamento' });
  if (info.project.name === 'no-js') {
    await confirm.dblclick();
  } else {
    // Past the button's own guard: the form is submitted twice, as a retry would.
    await confirm.evaluate((button: HTMLButtonElement) => {
      button.form!.requestSubmit(button);
      button.form!.requestSubmit(button);
    });
  }
  const protocol = await booking.protocol();
  expect(await protocolsHeldBy(simulator, citizen)).toEqual([protocol]);
});
