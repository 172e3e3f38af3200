import 'server-only';
import { z } from 'zod';
import { availability } from '@/lib/booking/availability';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format';
import { dayIn } from '@/lib/format/time';
import type { JobHandler } from '@/lib/jobs';
import { enqueueWaitlistNotice } from '@/lib/notices/queue';
import { log } from '@/lib/ops/log';
import { store } from '@/lib/store';
import { upstreamNow } from '@/lib/tatodesk';
import {
  entriesOf,
  markNotified,
  readEntry,
  removeEntry,
  scopeKey,
  watchedScopes,
  type Entry,
  type Scope,
} from './entries';

/**
 * The watcher: every WAITLIST_POLL_SECONDS one job (once across instances: BullMQ's scheduler)
 * reads each watched scope's free dates once, whoever and however many watch it, and compares
 * them with the last read. Each place that opened goes to the next person in line whose range
 * holds that day, in join order: one notice each, with a link to the day's times. Nothing is
 * held: whoever books first has the place, and the notice says so.
 */
const snapshotSchema = z.object({
  takenAt: z.iso.datetime({ offset: true }),
  vacancies: z.record(z.iso.date(), z.number().int().min(0)),
  /** Notices chosen by the last read and not yet known to be queued: finished by the next one. */
  pending: z.array(z.object({ entryId: z.string(), date: z.iso.date() })),
});
type Snapshot = z.infer<typeof snapshotSchema>;
type Pending = Snapshot['pending'][number];

const SNAPSHOT_TTL_MS = 400 * 86_400_000;
const snapshotKey = (s: Scope) => `waitlist:seen:${scopeKey(s)}`;
const polledKey = (s: Scope) => `waitlist:polled:${scopeKey(s)}`;

export const waitlistJob = 'waitlist-sweep';

async function readSnapshot(scope: Scope): Promise<Snapshot | undefined> {
  const parsed = snapshotSchema.safeParse(await store().get(snapshotKey(scope)));
  return parsed.success ? parsed.data : undefined;
}

const writeSnapshot = (scope: Scope, snapshot: Snapshot) => store().set(snapshotKey(scope), snapshot, SNAPSHOT_TTL_MS);

/**
 * What the person who joined saw, kept as the first read when nobody watched the scope yet: a
 * place that opens after they joined is news; one that was free as they joined is not.
 */
export async function noteSeen(scope: Scope, dates: { date: string; vacancies: number }[], now = upstreamNow()) {
  const seen: Snapshot = { takenAt: now.toISOString(), vacancies: vacanciesOf(dates), pending: [] };
  await store().add(snapshotKey(scope), seen, SNAPSHOT_TTL_MS);
}

const vacanciesOf = (dates: { date: string; vacancies: number }[]) =>
  Object.fromEntries(dates.filter((d) => d.vacancies > 0).map((d) => [d.date, d.vacancies]));

/** One scope: at most one read per period across instances (an extra sweep finds it read and leaves it). */
export async function watchScope(scope: Scope): Promise<{ read: boolean; notified: number }> {
  const { pollMs } = env().waitlist;
  if (!(await store().add(polledKey(scope), 1, Math.max(500, Math.floor(pollMs * 0.8))))) {
    return { read: false, notified: 0 };
  }
  const previous = await readSnapshot(scope);
  if (previous?.pending.length) await deliver(previous.pending);
  const now = upstreamNow();
  const line: Entry[] = [];
  for (const entry of await entriesOf(scope)) {
    // Past its last day (at the unit's clock): it ends, and its contact with it.
    if (entry.to < dayIn(now, entry.timeZone)) await removeEntry(entry);
    else if (entry.state === 'waiting') line.push(entry);
  }
  if (!line.length) {
    // Nobody waits: the next to join starts from what they see, not from this old read.
    await store().delete(snapshotKey(scope));
    return { read: false, notified: 0 };
  }
  const dates = await availability.dates({ unitId: scope.unitId, serviceTypeId: scope.serviceTypeId });
  const vacancies = vacanciesOf(dates);
  const chosen = previous ? assign(previous.vacancies, vacancies, line) : [];
  // Kept first with the notices it chose: a crash before they are queued is finished by the next read.
  await writeSnapshot(scope, { takenAt: now.toISOString(), vacancies, pending: chosen });
  if (chosen.length) {
    await deliver(chosen);
    await writeSnapshot(scope, { takenAt: now.toISOString(), vacancies, pending: [] });
  }
  log.debug({ scope: scopeKey(scope), waiting: line.length, opened: chosen.length }, 'waiting list read');
  return { read: true, notified: chosen.length };
}

/** Each place opened since the last read, day by day, to the next person in line whose range holds the day. */
export function assign(before: Record<string, number>, after: Record<string, number>, line: Entry[]): Pending[] {
  const told = new Set<string>();
  const chosen: Pending[] = [];
  for (const date of Object.keys(after).sort()) {
    const opened = after[date]! - (before[date] ?? 0);
    for (let i = 0; i < opened; i++) {
      const next = line.find((e) => !told.has(e.id) && e.from <= date && date <= e.to);
      if (!next) break;
      told.add(next.id);
      chosen.push({ entryId: next.id, date });
    }
  }
  return chosen;
}

/** Queues each notice (once per entry: the send's own id), then marks the entry told. */
async function deliver(pending: Pending[]) {
  for (const { entryId, date } of pending) {
    const entry = await readEntry(entryId);
    // Left the list meanwhile, or told already of another day: nothing to send.
    if (!entry || (entry.state === 'notified' && entry.notified?.date !== date)) continue;
    await enqueueWaitlistNotice({
      entryId: entry.id,
      channel: entry.channel,
      contact: entry.contact,
      language: entry.language,
      parameters: {
        service: entry.service,
        unit: entry.unit,
        date: formatDate(date, entry.language, 'long'),
        link: `${entry.origin}/book/time?${entry.journey}&date=${date}`,
        leave: `${entry.origin}/waiting-list/${entry.id}`,
        language: entry.language,
      },
    });
    await markNotified(entry, date, upstreamNow());
    log.info({ scope: scopeKey(entry.scope), date }, 'waiting list: a place opened, the next in line told');
  }
}

/** Every watched scope in turn; one the upstream cannot read now is tried at the next sweep. */
const sweep: JobHandler = async () => {
  for (const scope of await watchedScopes()) {
    try {
      await watchScope(scope);
    } catch (error) {
      log.warn({ scope: scopeKey(scope), err: (error as Error).message }, 'waiting list read failed');
    }
  }
};

export const waitlistHandlers: Record<string, JobHandler> = { [waitlistJob]: sweep };
export const waitlistSchedule = (): Record<string, number> =>
  env().waitlist.enabled ? { [waitlistJob]: env().waitlist.pollMs } : {};
