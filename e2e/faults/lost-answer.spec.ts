import { expect, newCitizen, test } from '../fixtures';
import { protocolsHeldBy, leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { SECOND_INSTANCE_URL } from '../fixtures/env';
import { registerWalkIn, sendWalkIn } from '../fixtures/front-desk';
import { journey } from '../fixtures/journey';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

const checking = /estamos verificando se o seu agendamento foi feito/;

// The create reaches the upstream and books; its answer never makes it back whole.
for (const [effect, how] of [
  ['hang', 'never comes (the call times out)'],
  ['drop', 'is cut off with the connection'],
  ['corrupt', 'cannot be read'],
  ['error', 'is a 500'],
] as const) {
  test(`a create that books but whose answer ${how} ends on its confirmation, booked once`, async ({
    page,
    simulator,
  }) => {
    test.slow();
    const citizen = newCitizen(`Lia Resposta Perdida ${effect}`);
    const booking = await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy);
    await simulator.fault('createAppointment', { afterEffect: effect, times: 1 });
    await booking.confirm();
    // A lost answer is looked for upstream; while it is, the page says so and checks again by
    // itself, which on a busy machine can take more than one look: the outcome is waited for, not raced.
    await expect(page.getByRole('heading', { level: 1, name: 'Agendamento confirmado' })).toBeVisible({
      timeout: 60_000,
    });
    const protocol = await booking.protocol();
    expect(await protocolsHeldBy(simulator, citizen)).toEqual([protocol]);
  });
}

test('a create that never reached the upstream is looked for, found missing, and can be confirmed again', async ({
  page,
  simulator,
}) => {
  const citizen = newCitizen('Caio Nada Feito');
  const booking = await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy);
  // A 503 does not prove nothing was booked: the citizen is told it is being checked, not that it failed.
  await simulator.fault('createAppointment', { status: 503, times: 1 });
  await booking.confirm();
  await expect(page.getByRole('status')).toContainText(checking);
  await expect(page.getByRole('status')).toContainText('Esta página verifica de novo sozinha');
  // With JavaScript the page asks again by itself until the upstream has had time to answer for sure.
  await expect(page.getByRole('status')).toContainText('seu agendamento não foi feito e nada foi reservado');
  await expect(page.getByText(citizen.cpfFormatted)).toBeVisible();
  await booking.confirm();
  const protocol = await booking.protocol();
  expect(await protocolsHeldBy(simulator, citizen)).toEqual([protocol]);
});

test('a confirm replayed on the other instance after the first one settled shows the same confirmation', async ({
  page,
  simulator,
  booking,
}) => {
  const citizen = newCitizen('Rui Reenvio');
  await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy);
  // The same check page, open on the other instance before the first confirm (a retry, a second tab).
  const replay = await page.context().newPage();
  const url = new URL(page.url());
  await replay.goto(`${SECOND_INSTANCE_URL}${url.pathname}${url.search}`);
  await expect(replay.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
  await booking.confirm();
  const protocol = await booking.protocol();
  // Its draft is gone by now: still the confirmation, never "your details expired".
  await journey(replay).confirm();
  expect(await journey(replay).protocol()).toBe(protocol);
  expect(await protocolsHeldBy(simulator, citizen)).toEqual([protocol]);
});

test.describe('a walk-in at the counter', () => {
  test('whose create registers but whose answer is a 500 ends on its ticket, registered once', async ({
    page,
    simulator,
  }) => {
    const citizen = newCitizen('Otávio Balcão Sem Resposta');
    await simulator.fault('createInPersonService', { afterEffect: 'error', times: 1 });
    // The answer is lost: the attendance is looked for in the unit's day by the form's key, and found.
    const code = await registerWalkIn(page, citizen);
    const held = (await simulator.appointments()).filter((a) => a.client.cpf === citizen.cpf);
    expect(held).toHaveLength(1);
    expect(code).toMatch(/^[A-Z]\d+$/);
    expect(held[0]!.form.map((answer) => answer.key)).toContain('walkInKey');
    await expect(page.getByText(held[0]!.protocol, { exact: true })).toBeVisible();
  });

  test('whose create never reached the upstream is checked, then registered once when sent again', async ({
    page,
    simulator,
  }) => {
    const citizen = newCitizen('Paula Balcão Verificada');
    // A 503 does not prove nothing was made: the clerk is told it is being checked, never "failed".
    await simulator.fault('createInPersonService', { status: 503, times: 1 });
    await sendWalkIn(page, citizen);
    await expect(
      page.getByRole('status').filter({ hasText: 'Estamos verificando se o atendimento foi registrado' }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Nome completo' })).toHaveValue(citizen.name);
    expect((await simulator.appointments()).filter((a) => a.client.cpf === citizen.cpf)).toHaveLength(0);
    // Sent again once the create could have landed: the upstream has nothing, so it is registered, once.
    const heading = page.getByRole('heading', { level: 1, name: /^Senha [A-Z]\d+$/ });
    await expect(async () => {
      await page.getByRole('button', { name: 'Registrar e emitir a senha' }).click();
      await expect(heading).toBeVisible({ timeout: 3000 });
    }).toPass({ timeout: 30_000 });
    expect((await simulator.appointments()).filter((a) => a.client.cpf === citizen.cpf)).toHaveLength(1);
  });
});
