import 'server-only';
import { answersToSend } from '@/lib/answers';
import { WALK_IN_KEY } from '@/lib/answers/walk-in';
import { clientOf } from '@/lib/details/person';
import type { DetailsValues } from '@/lib/details/schema';
import { dayIn } from '@/lib/format/time';
import { NotKnownYet, oncePerKey } from '@/lib/store/once';
import {
  createWalkIn,
  getAttendance,
  isTatodeskError,
  upstreamNow,
  type Answer,
  type Created,
  type ServiceType,
  type Unit,
} from '@/lib/tatodesk';
import { toFailure, type Failure } from '@/lib/upstream';
import { unitDays } from '@/lib/upstream/unit-days';

/** What a walk-in's create asked for: enough to find the attendance when its answer is lost. */
type Sought = { companyId: number; unitId: number; serviceTypeId: number; timeZone: string };

/** A key holds its ticket for a working day. */
const DONE_MS = 12 * 3600 * 1000;
const walkInKeys = oncePerKey<Sought, Created>('walk-in', { doneMs: DONE_MS, landingMs: 4000 });

/** The ticket registered under a form's key, once there is one. */
export async function walkInUnder(key: string): Promise<Created | undefined> {
  const entry = await walkInKeys.read(key);
  return entry?.state === 'done' ? entry.done : undefined;
}

export type Registered =
  | { kind: 'registered'; ticket: string }
  /** Another submit of this form is out, or its answer was lost and the day cannot say yet: nothing made twice. */
  | { kind: 'checking' }
  | { kind: 'failed'; failure: Failure };

/**
 * Registers a walk-in (Create In-Person Service), once per form: the key the page bound to it is
 * claimed first (the store's once-per-key core, as a booking's), so a double submit, a retry or a
 * reload gives the same ticket. An answer that does not prove nothing was made is never retried
 * blindly: the attendance is looked for in the unit's day by the key it carries (`WALK_IN_KEY`),
 * and found, it is this form's ticket; not found once it could have landed, the form may be sent again.
 */
export async function registerWalkIn(
  key: string,
  at: { unit: Unit; serviceType: ServiceType },
  details: DetailsValues,
): Promise<Registered> {
  const sought: Sought = {
    companyId: at.unit.companyId,
    unitId: at.unit.id,
    serviceTypeId: at.serviceType.id,
    timeZone: at.unit.timeZone,
  };
  const ticket: Registered = { kind: 'registered', ticket: `/staff/walk-in/ticket?ref=${key}` };
  // A key followed to "nothing was made" is free again: one more claim, never a loop.
  for (let attempt = 0; attempt < 2; attempt++) {
    const held = await walkInKeys.claim(key, sought);
    if (!held) {
      const followed = await follow(key);
      if (followed === 'absent') continue;
      return followed === 'registered' ? ticket : { kind: 'checking' };
    }
    try {
      const created = await createWalkIn({
        companyId: sought.companyId,
        unitId: sought.unitId,
        serviceTypeId: sought.serviceTypeId,
        client: clientOf(details),
        // The form's key among the answers: what finds this very attendance if the answer is lost.
        answers: answersToSend(details, [{ key: WALK_IN_KEY, value: key }]),
      });
      await walkInKeys.settle(key, created);
      return ticket;
    } catch (error) {
      if (!isTatodeskError(error)) throw error;
      // Only an answer that proves nothing was made frees the form to be sent again.
      if (error.provesNothingDone) {
        await walkInKeys.release(held);
        return { kind: 'failed', failure: toFailure(error) };
      }
      await walkInKeys.lost(held);
      const followed = await follow(key);
      if (followed === 'registered') return ticket;
      return followed === 'absent' ? { kind: 'failed', failure: toFailure(error) } : { kind: 'checking' };
    } finally {
      held.stop();
    }
  }
  return { kind: 'checking' };
}

async function follow(key: string): Promise<'registered' | 'checking' | 'absent'> {
  const followed = await walkInKeys.follow(key, (sought) => findWalkIn(key, sought), isTatodeskError);
  if (followed.kind === 'found') {
    await walkInKeys.settle(key, followed.found);
    return 'registered';
  }
  if (followed.kind === 'done') return 'registered';
  return followed.kind === 'absent' ? 'absent' : 'checking';
}

const released = new Set(['cancelled', 'no-show']);

/**
 * The walk-in registered under this key, if the upstream has it: the unit's unscheduled
 * attendances of the service, yesterday and today at the unit's clock (a create at midnight), each
 * found by the key among its answers (the report's, or Get In-Person Service's when the report
 * carries none). Nothing else about the row is relied on: a name the account writes otherwise
 * must not hide the attendance and register the person twice. Throws when the upstream cannot say.
 */
async function findWalkIn(key: string, sought: Sought): Promise<Created | undefined> {
  const now = upstreamNow().getTime();
  const report = await unitDays(sought, dayIn(now - 24 * 3600 * 1000, sought.timeZone), dayIn(now, sought.timeZone));
  const carries = (answers: readonly Answer[]) => answers.some((a) => a.key === WALK_IN_KEY && a.value === key);
  const candidates = report.rows.filter(
    (row) =>
      !row.scheduled &&
      row.unit.id === sought.unitId &&
      row.serviceType.id === sought.serviceTypeId &&
      !released.has(row.status),
  );
  const named = candidates.find((row) => carries(row.answers));
  if (named) return { attendanceId: named.attendanceId, protocol: named.protocol, code: named.code };
  for (const row of candidates.filter((r) => r.answers.length === 0)) {
    const attendance = await getAttendance(row.attendanceId);
    if (carries(attendance.answers))
      return { attendanceId: attendance.attendanceId, protocol: attendance.protocol, code: attendance.code };
  }
  if (!report.complete) throw new NotKnownYet('the day’s report was longer than could be read');
  return undefined;
}
