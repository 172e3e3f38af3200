import { TZDate } from '@date-fns/tz';
import { wallClockInstant } from '@/lib/format/time';

export type Offset = { label: string; ms: number };
/** Hours of the unit's clock when nobody is messaged: from `start` to `end` (21-8: 21:00 to 08:00). */
export type QuietHours = { start: number; end: number };
export type Visit = { date: string; time: string; timeZone: string };
export type PlannedReminder = { kind: string; dueAt: Date };

const MINUTE = 60_000;
/** A reminder moved out of the quiet hours is still worth sending only this long before the visit. */
const MIN_LEAD_MS = 60 * MINUTE;

const hourAt = (instant: Date, timeZone: string) => new TZDate(instant.getTime(), timeZone).getHours();
const isQuiet = (hour: number, q: QuietHours) =>
  q.start === q.end ? false : q.start < q.end ? hour >= q.start && hour < q.end : hour >= q.start || hour < q.end;

/** The unit's wall-clock `hour`:00 on the local day of `instant`, plus `days`. */
function localHour(instant: Date, timeZone: string, hour: number, days = 0): Date {
  const local = new TZDate(instant.getTime(), timeZone);
  return new Date(
    new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + days, hour, 0, timeZone).getTime(),
  );
}

/**
 * When each reminder of a visit goes out, on the unit's clock: `offset` before the visit, and
 * never in the quiet hours. A time that falls in them moves to the morning they end, if that is
 * still an hour before the visit, or else to the last minute before they began the evening before.
 * Reminders that land on the same minute are one (the nearer offset's); none is due at or after the visit.
 */
export function planReminders(visit: Visit, offsets: Offset[], quiet: QuietHours): PlannedReminder[] {
  const at = wallClockInstant(visit.date, visit.time, visit.timeZone);
  const planned = [...offsets]
    .sort((a, b) => a.ms - b.ms)
    .map((offset) => ({
      kind: offset.label,
      dueAt: outOfQuiet(new Date(at.getTime() - offset.ms), at, visit.timeZone, quiet),
    }))
    .filter((r) => r.dueAt.getTime() < at.getTime());
  const seen = new Set<number>();
  return planned.filter((r) => !seen.has(r.dueAt.getTime()) && seen.add(r.dueAt.getTime()));
}

function outOfQuiet(due: Date, visit: Date, timeZone: string, quiet: QuietHours): Date {
  if (!isQuiet(hourAt(due, timeZone), quiet)) return due;
  // The morning the quiet hours end: the same local day when `due` is after midnight, else the next.
  const morning = localHour(due, timeZone, quiet.end, hourAt(due, timeZone) >= quiet.end ? 1 : 0);
  if (morning.getTime() <= visit.getTime() - MIN_LEAD_MS) return morning;
  // The evening those quiet hours began: the local day before that morning (or the same, for a window within one day).
  const evening = localHour(morning, timeZone, quiet.start, quiet.start > quiet.end ? -1 : 0);
  return new Date(evening.getTime() - MINUTE);
}

/**
 * The reminder to send now, if any: the latest one already due, while the visit is still ahead
 * (a 24-hour reminder that was missed is not sent once the 3-hour one is due).
 */
export function dueReminder(planned: PlannedReminder[], visitAt: Date, now: Date): PlannedReminder | undefined {
  if (now.getTime() >= visitAt.getTime()) return undefined;
  return planned
    .filter((r) => r.dueAt.getTime() <= now.getTime())
    .sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime())[0];
}
