import 'server-only';
import { z } from 'zod';
import { env } from '@/lib/env';
import { BRASILIA, dayAfter, dayIn, wallClockInstant } from '@/lib/format/time';
import { defaultLocale } from '@/lib/i18n/config';
import { jobData, type JobHandler } from '@/lib/jobs';
import { bookingNotice } from '@/lib/notices/booking-notice';
import { languageOf } from '@/lib/notices/language';
import { enqueueNotices, enqueueReminder, jobNames } from '@/lib/notices/queue';
import { log } from '@/lib/ops/log';
import { findRequest } from '@/lib/requests';
import { consentNow } from '@/lib/requests/withdrawals';
import { everyPage, getAppointment, getInPersonReport, isTatodeskErrorOf, upstreamNow } from '@/lib/tatodesk';
import { catalogue } from '@/lib/upstream/catalogue';
import { dueReminder, planReminders } from './plan';

const reminder = z.object({
  protocol: z.string().min(1).max(40),
  kind: z.string().regex(/^([0-9]{1,3}[hm]|resend)$/),
});

/**
 * A reminder (or the confirmation sent again) goes only to an appointment still scheduled that
 * nobody asked to release, on the channels it was booked with.
 */
const remind: JobHandler = async (data) => {
  const { protocol, kind } = jobData(reminder, data, 'remind');
  let appointment;
  try {
    appointment = await getAppointment(protocol);
  } catch (error) {
    if (isTatodeskErrorOf(error, 'not-found')) return log.warn({ protocol }, 'reminder skipped: no such appointment');
    throw error;
  }
  if (appointment.status !== 'scheduled' || !appointment.time) {
    return log.info({ protocol, kind, status: appointment.status }, 'reminder skipped: not scheduled');
  }
  if (await findRequest(protocol)) return log.info({ protocol, kind }, 'reminder skipped: release requested');
  const language = (await languageOf(protocol)) ?? defaultLocale;
  const notice = await bookingNotice(
    {
      protocol,
      person: appointment.client,
      consent: await consentNow(appointment),
      service: appointment.serviceType.name,
      unit: appointment.unit,
      date: appointment.date,
      time: appointment.time,
    },
    language,
  );
  await enqueueNotices(notice, kind === 'resend' ? `resend-${dayIn(Date.now(), BRASILIA)}` : `reminder-${kind}`);
};

const SWEEP_PAGES = 40;

/**
 * Finds the reminders due now, on the upstream's clock: every appointment still scheduled in the
 * days the offsets reach, each timed at its unit's clock. Each (protocol, offset) is queued
 * under its own id, so a reminder found by two passes (or two instances) is one job.
 */
const sweep: JobHandler = async () => {
  const { offsets, quiet } = env().reminders;
  if (!offsets.length) return;
  const zones = new Map((await catalogue.allUnits()).map((u) => [u.id, u.timeZone]));
  const reach = Math.max(...offsets.map((o) => o.ms));
  const start = upstreamNow();
  const window = { from: dayAfter(start, -1, BRASILIA), to: dayIn(start.getTime() + reach + 2 * 86_400_000, BRASILIA) };
  const { rows } = await everyPage(
    (page) => getInPersonReport({ ...window, statuses: ['scheduled'], page }),
    SWEEP_PAGES,
  );
  const now = upstreamNow();
  let queued = 0;
  for (const row of rows) {
    if (!row.time || !row.scheduled || row.status !== 'scheduled') continue;
    const timeZone = zones.get(row.unit.id) ?? BRASILIA;
    const visit = { date: row.date, time: row.time, timeZone };
    const due = dueReminder(planReminders(visit, offsets, quiet), wallClockInstant(row.date, row.time, timeZone), now);
    if (!due) continue;
    await enqueueReminder({ protocol: row.protocol, kind: due.kind });
    queued++;
  }
  log.debug({ appointments: rows.length, queued, now: now.toISOString() }, 'reminder sweep');
};

/** The reminders' jobs: each reminder (or confirmation sent again), and the sweep that finds them due. */
export const reminderHandlers: Record<string, JobHandler> = {
  [jobNames.remind]: remind,
  [jobNames.sweep]: sweep,
};

/** The sweep, every REMINDER_SWEEP period, once across instances (none when reminders are off). */
export function reminderSchedule(): Record<string, number> {
  const { offsets, sweepMs } = env().reminders;
  return offsets.length ? { [jobNames.sweep]: sweepMs } : {};
}
