import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consentAnswers } from '@/lib/answers/consent';
import { wallClockInstant } from '@/lib/format/time';
import { bullQueue } from '@/lib/jobs/bullmq';
import type { JobQueue } from '@/lib/jobs/types';
import { startRedis } from '@/test-support/redis-server';
import { citizen, simulatorSuite } from './harness';
import { noticeWorkers } from './notices';

const suite = simulatorSuite();
let redis: Awaited<ReturnType<typeof startRedis>>;
let first: Awaited<ReturnType<typeof noticeWorkers>>;
let second: JobQueue;

// Two instances on one Redis: this process's workers, and a second queue and worker on the same Redis.
beforeAll(async () => {
  redis = await startRedis();
  vi.stubEnv('SESSION_SECRET', 'a-test-secret-of-at-least-32-characters');
  first = await noticeWorkers({
    REDIS_URL: redis.url,
    REMINDER_OFFSETS: '24h,3h',
    CRM_REQUESTS_OBJECT: 'appointment_requests',
    CRM_DATA_REQUESTS_OBJECT: 'data_requests',
    NOTIFY_EMAIL_TEMPLATE: 'booking-confirmation',
    NOTIFY_WHATSAPP_TEMPLATE: 'booking-confirmation',
    NOTIFY_REMINDER_EMAIL_TEMPLATE: 'booking-reminder',
    NOTIFY_REMINDER_WHATSAPP_TEMPLATE: 'booking-reminder',
    NOTIFY_REMINDER_SMS_TEMPLATE: 'booking-reminder',
  });
  second = bullQueue({ kind: 'single', url: redis.url });
  second.work(first.handlers);
}, 60_000);
afterAll(async () => {
  await suite.control.setClock(null);
  await Promise.all([first?.stop(), second?.close()]);
  await redis?.stop();
});

let phones = 0;
/** An appointment of the test's own, booked as another channel would, at a time leased for it. */
async function appointment(unitID: number, attendanceTypeID: number, companyID: number) {
  const at = await suite.control.lease({ unitID, attendanceTypeID, date: '2026-12-02' });
  phones++;
  const person = { ...citizen, email: `lembrete.${phones}@exemplo.com.br`, phone: `6899100${String(1000 + phones)}` };
  // Booked with the ticks for WhatsApp and SMS, kept as answers.
  const form = consentAnswers({ whatsapp: true, sms: true });
  const protocol = await suite.control.book({ companyID, unitID, attendanceTypeID, ...at, client: person, form });
  return { protocol, ...at, person };
}
const reminders = async (protocol: string) =>
  (await suite.control.notifications()).filter(
    (n) => n.metadata?.protocol === protocol && n.metadata.kind?.startsWith('reminder-'),
  );
const sweep = () => first.handlers['reminder-sweep']!({}, 1);

describe('reminders', () => {
  it('go when due on the upstream’s clock, at the unit’s time, once with two workers and two sweeps', async () => {
    // Rio Branco, UTC−5: two hours behind Brasília.
    const visit = await appointment(510, 314, 105);
    const at = wallClockInstant(visit.date, visit.hour, 'America/Rio_Branco');
    await suite.control.setClock(new Date(at.getTime() - 24 * 3_600_000 - 60_000).toISOString());
    await Promise.all([sweep(), sweep()]);
    await first.settled();
    expect(await reminders(visit.protocol)).toEqual([]);

    await suite.control.setClock(new Date(at.getTime() - 24 * 3_600_000 + 60_000).toISOString());
    // Both instances sweep at once, and again: each reminder is one job, sent once per channel.
    await Promise.all([sweep(), sweep()]);
    await sweep();
    await first.settled();
    const sent = await reminders(visit.protocol);
    expect(sent.map((n) => [n.channel, n.metadata?.kind, n.templateID]).sort()).toEqual([
      ['email', 'reminder-24h', 'booking-reminder'],
      ['whatsapp', 'reminder-24h', 'booking-reminder'],
    ]);
    // Said at the unit's clock, with its zone named.
    expect(sent.find((n) => n.channel === 'email')!.parameters).toMatchObject({
      time: `${visit.hour}, horário de Rio Branco (Acre)`,
    });
  });

  it('skip an appointment no longer scheduled, or one whose release was requested', async () => {
    const cancelled = await appointment(511, 314, 105);
    const released = await appointment(511, 314, 105);
    await suite.control.setStatus(cancelled.protocol, 'cancelled');
    const { requestRelease } = await import('@/lib/requests');
    const { getAppointment } = await import('@/lib/tatodesk');
    expect(
      await requestRelease(await getAppointment(released.protocol), { kind: 'cancel', language: 'pt-BR' }),
    ).toMatchObject({ kind: 'recorded', created: true });
    await Promise.all([
      first.enqueueReminder({ protocol: cancelled.protocol, kind: '3h' }),
      first.enqueueReminder({ protocol: released.protocol, kind: '3h' }),
    ]);
    await first.settled();
    expect(await reminders(cancelled.protocol)).toEqual([]);
    expect(await reminders(released.protocol)).toEqual([]);
  });

  it('go by e-mail only once the citizen withdrew the consent to phone messages', async () => {
    const visit = await appointment(511, 314, 105);
    const { withdrawConsent } = await import('@/lib/requests/withdrawals');
    const { getAppointment } = await import('@/lib/tatodesk');
    await withdrawConsent(await getAppointment(visit.protocol), 'pt-BR');
    await first.enqueueReminder({ protocol: visit.protocol, kind: '3h' });
    await first.settled();
    expect((await reminders(visit.protocol)).map((n) => [n.channel, n.to])).toEqual([['email', visit.person.email]]);
  });
});
