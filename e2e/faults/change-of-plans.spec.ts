import { expect, newCitizen, test } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { startInstance, startRedis } from '../fixtures/instances';
import { inssNoronha } from '../fixtures/places';
import { lookUp } from '../fixtures/sign-in';

test.afterEach(async ({ simulator }) => {
  await simulator.clearFaults();
  await simulator.setClock(null);
});

test('a new time whose create fails leaves the old appointment as it was', async ({ page, simulator, booking }) => {
  const citizen = newCitizen('Rosa Sem Troca');
  const protocol = await bookElsewhere(simulator, inssNoronha, await leaseTime(simulator, inssNoronha), citizen);
  await lookUp(page, protocol, citizen.cpfFormatted, citizen.email);
  const next = await leaseTime(simulator, inssNoronha);
  await page.getByRole('button', { name: 'Escolher outro horário' }).click();
  await booking.chooseDate(next.date);
  await booking.chooseTime(next.hour);
  await booking.next();
  await expect(page.getByText(`Novo horário para o agendamento ${protocol}`)).toBeVisible();
  // Someone takes the new time in between: the create is refused.
  await simulator.fault('createAppointment', { slotTaken: true, times: 1 });
  await booking.confirm();
  await expect(page.getByRole('heading', { level: 1, name: /Escolha o horário/ })).toBeVisible();

  expect((await simulator.crm('appointment_requests')).filter((r) => r.fields.protocol === protocol)).toEqual([]);
  await page.goto(`/appointments/${protocol}`);
  await expect(page.getByText('Situação: Agendado')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Não vai poder ir?' })).toBeVisible();
  await expect(page.getByText(/Você escolheu outro horário/)).toHaveCount(0);
});

test('a reminder due on the upstream’s clock is sent once by two instances on one Redis', async ({ simulator }) => {
  test.setTimeout(240_000);
  const redis = await startRedis();
  const reminders = { REDIS_URL: redis.url, REMINDER_OFFSETS: '24h,3h', REMINDER_SWEEP_SECONDS: '1' };
  const [one, two] = await Promise.all([startInstance(reminders), startInstance(reminders)]);
  try {
    const citizen = newCitizen('Benedito Lembrado');
    const at = await leaseTime(simulator, inssNoronha);
    const protocol = await bookElsewhere(simulator, inssNoronha, at, citizen, { whatsapp: true, sms: true });
    // Fernando de Noronha is UTC−2: the visit's instant, and the simulator's clock just past 24 hours before it.
    const visit = Date.parse(`${at.date}T${at.hour}:00-02:00`);
    await simulator.setClock(new Date(visit - 24 * 3_600_000 + 30_000).toISOString());
    const mine = async () =>
      (await simulator.notifications()).filter(
        (n) => n.metadata?.protocol === protocol && n.metadata.kind === 'reminder-24h',
      );
    await expect
      .poll(async () => (await mine()).map((n) => n.channel).sort(), { timeout: 60_000 })
      .toEqual(['email', 'whatsapp']);
    // Three more sweeps, on either instance, find the same reminder due: it is not sent again.
    const sweeps = async () => (await simulator.log()).filter((e) => e.endpoint === 'inPersonReport').length;
    const seen = await sweeps();
    await expect.poll(sweeps, { timeout: 60_000 }).toBeGreaterThanOrEqual(seen + 3);
    expect(await mine()).toHaveLength(2);
    expect((await mine()).find((n) => n.channel === 'email')!.parameters).toMatchObject({
      time: `${at.hour}, horário de Fernando de Noronha`,
    });
  } finally {
    await Promise.all([one.kill(), two.kill()]);
    await redis.stop();
  }
});
