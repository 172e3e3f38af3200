import { simulatorControl } from '@/simulator/control-client';
import { startSimulator } from '@/simulator/server';
import { otherAccountSettings } from '@/simulator/variant';
import { expect, newCitizen, test } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { E2E_NOW } from '../fixtures/env';
import { startInstance, startRedis } from '../fixtures/instances';
import { inssNoronha } from '../fixtures/places';

// The reminders against the simulator that disagrees with us: its scheduled appointments are
// found through its own status ids, in pages of its own size, and each reminder goes once, its
// WhatsApp delivery read by the message's own id although the report ignores that filter.
test('a reminder is sent once on an account that numbers its statuses and pages otherwise', async () => {
  test.setTimeout(240_000);
  const sim = await startSimulator({ now: new Date(E2E_NOW), variant: 'other' });
  const simulator = simulatorControl(sim.url);
  const redis = await startRedis();
  const app = await startInstance({
    ...otherAccountSettings,
    TATODESK_SIMULATOR_URL: sim.url,
    REDIS_URL: redis.url,
    REMINDER_OFFSETS: '24h',
    REMINDER_SWEEP_SECONDS: '1',
  });
  try {
    // Other people's appointments that day, so that the sweep reads more than one page of 7.
    const at = await leaseTime(simulator, inssNoronha);
    for (let i = 0; i < 8; i++) {
      const other = await leaseTime(simulator, inssNoronha, 'any', at.date).catch(() => undefined);
      if (other) await bookElsewhere(simulator, inssNoronha, other, newCitizen(`Outra Pessoa ${i}`));
    }
    const citizen = newCitizen('Rebeca Variante');
    const protocol = await bookElsewhere(simulator, inssNoronha, at, citizen, { whatsapp: true, sms: true });
    // Fernando de Noronha is UTC−2: the simulator's clock just past 24 hours before the visit.
    const visit = Date.parse(`${at.date}T${at.hour}:00-02:00`);
    await simulator.setClock(new Date(visit - 24 * 3_600_000 + 30_000).toISOString());
    const mine = async () =>
      (await simulator.notifications()).filter(
        (n) => n.metadata?.protocol === protocol && n.metadata.kind === 'reminder-24h',
      );
    await expect
      .poll(async () => (await mine()).map((n) => n.channel).sort(), { timeout: 60_000 })
      .toEqual(['email', 'whatsapp']);
    // More sweeps find it due again: it is not sent again; the WhatsApp message was delivered, so no SMS.
    const sweeps = async () => (await simulator.log()).filter((e) => e.endpoint === 'inPersonReport').length;
    const seen = await sweeps();
    await expect.poll(sweeps, { timeout: 60_000 }).toBeGreaterThanOrEqual(seen + 3);
    const checks = async () => (await simulator.log()).filter((e) => e.endpoint === 'notificationsReport').length;
    await expect.poll(checks, { timeout: 30_000 }).toBeGreaterThan(0);
    expect((await mine()).map((n) => n.channel).sort()).toEqual(['email', 'whatsapp']);
  } finally {
    await app.kill();
    await redis.stop();
    await sim.close();
  }
});
