import { expect, newCitizen, test } from '../fixtures';
import { protocolsHeldBy, leaseTime, roomy, toCheckPage } from '../fixtures/booking-helpers';
import { SECOND_INSTANCE_URL } from '../fixtures/env';
import { startInstance } from '../fixtures/instances';
import { journey } from '../fixtures/journey';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
});

// The faults project runs on two instances that share Redis: one tab on each, as a load balancer would spread them.
test('two tabs on two instances confirming the same booking at once book it once', async ({
  page,
  simulator,
  booking,
}) => {
  const citizen = newCitizen('Davi Duas Abas');
  await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy);
  const tab = await page.context().newPage();
  const url = new URL(page.url());
  await tab.goto(`${SECOND_INSTANCE_URL}${url.pathname}${url.search}`);
  await expect(tab.getByRole('heading', { level: 1, name: 'Confira antes de confirmar' })).toBeVisible();
  // A slow upstream keeps the first create in flight while the second tab confirms.
  await simulator.fault('createAppointment', { latencyMs: 1500, times: 2 });
  await Promise.all([booking.confirm(), journey(tab).confirm()]);
  const [first, second] = await Promise.all([booking.protocol(), journey(tab).protocol()]);
  expect(second).toBe(first);
  expect(await protocolsHeldBy(simulator, citizen)).toEqual([first]);
});

test('one person on two instances booking two times of one service at once: one booking, the other told', async ({
  page,
  simulator,
  booking,
}) => {
  const citizen = newCitizen('Jonas Duas Instâncias');
  await toCheckPage(page, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy);
  // Another browser (its own draft and key) on the other instance, another time, the same CPF.
  const other = await page.context().browser()!.newContext();
  const tab = await other.newPage();
  await toCheckPage(tab, citizen, await leaseTime(simulator, roomy, 'roomy'), roomy, SECOND_INSTANCE_URL);
  await simulator.fault('createAppointment', { latencyMs: 1500, times: 2 });
  await Promise.all([booking.confirm(), journey(tab).confirm()]);
  const told = (p: typeof page) => p.getByText('Você já tem um agendamento ativo para este serviço', { exact: false });
  await expect.poll(async () => (await told(page).count()) + (await told(tab).count())).toBe(1);
  expect(await protocolsHeldBy(simulator, citizen)).toHaveLength(1);
  await other.close();
});

test('bookings beyond what one client may make are slowed with a calm answer, never a 5xx', async ({
  page,
  simulator,
}) => {
  const instance = await startInstance({ CREATE_LIMIT_PER_CLIENT: '2' });
  try {
    const booked: string[] = [];
    for (const name of ['Primeira Reserva', 'Segunda Reserva', 'Terceira Reserva']) {
      const citizen = newCitizen(name);
      const booking = await toCheckPage(page, citizen, await leaseTime(simulator, roomy), roomy, instance.url);
      const answer = page.waitForResponse((r) => r.request().method() === 'POST');
      await booking.confirm();
      expect((await answer).status()).toBeLessThan(500);
      if (booked.length < 2) booked.push(await booking.protocol());
    }
    await expect(page.getByRole('status')).toContainText('Muitos agendamentos feitos a partir desta conexão');
    expect(booked).toHaveLength(2);
  } finally {
    await instance.kill();
  }
});
