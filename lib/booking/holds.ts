import 'server-only';
import { createHmac, randomUUID } from 'node:crypto';
import { HOLDER_KEY } from '@/lib/answers';
import { env } from '@/lib/env';
import { BRASILIA, dayAfter } from '@/lib/format/time';
import { log } from '@/lib/ops/log';
import { acquireLock, store } from '@/lib/store';
import {
  everyPage,
  getAppointment,
  getInPersonReport,
  isTatodeskError,
  isTatodeskErrorOf,
  upstreamNow,
  type Answer,
} from '@/lib/tatodesk';
import { catalogue } from '@/lib/upstream/catalogue';

/**
 * One active appointment per person and scope (BOOKING_LIMIT): places are not hoarded by one CPF.
 * The product keeps its own index of what it booked, under a keyed hash of the CPF (never the CPF
 * itself), and asks Query Appointment before refusing, so an appointment cancelled since frees
 * the person at once. Two tabs or two instances with one CPF take a lock per person and scope
 * around the create: one books, the other is told. Staff booking for a caller are exempt.
 */
export type HoldScope = { companyId: number; categoryId?: number; serviceTypeId: number };
type Indexed = { protocol: string; date: string };

const LOCK_MS = 30_000;
const WAIT_MS = 15_000;
const DAY_MS = 86_400_000;

/** A person as the store may know them: a keyed hash of the CPF, never the CPF. */
export const person = (cpf: string) =>
  createHmac('sha256', env().sessionSecret).update(`cpf:${cpf}`).digest('hex').slice(0, 32);

function scopeKey(scope: HoldScope): string | undefined {
  const { scope: kind } = env().bookingLimit;
  if (kind === 'off') return undefined;
  if (kind === 'per-company') return `company:${scope.companyId}`;
  if (kind === 'per-category') return scope.categoryId ? `category:${scope.categoryId}` : `type:${scope.serviceTypeId}`;
  return `type:${scope.serviceTypeId}`;
}

/** The answer a booking under the limit carries: the person's keyed hash, for the report to find. */
export const holderAnswers = (cpf: string): Answer[] =>
  env().bookingLimit.scope === 'off' ? [] : [{ key: HOLDER_KEY, value: person(cpf) }];

export type HoldCheck =
  /** The person already holds an active appointment in this scope. */
  | { kind: 'held'; protocol: string }
  /** Free to book: record what is booked, and let go of the lock, whatever happens. */
  | { kind: 'free'; record: (protocol: string, date: string) => Promise<void>; release: () => Promise<void> };

const free: HoldCheck = { kind: 'free', record: async () => undefined, release: async () => undefined };

/**
 * Before a create: is this person (CPF) holding an active appointment in the scope? `replacing`
 * (a new time for that very appointment) does not count.
 */
export async function checkHold(
  scope: HoldScope,
  cpf: string,
  date: string,
  options: { replacing?: string; exempt?: boolean } = {},
): Promise<HoldCheck> {
  const { replacing, exempt } = options;
  const key = scopeKey(scope);
  if (!key || exempt) return free;
  const who = person(cpf);
  const index = `holds:${key}:${who}`;
  // Another tab of this person booking in this scope holds it: its outcome decides.
  const lock = await acquireLock(store(), `hold-lock:${key}:${who}`, { ttlMs: LOCK_MS, waitMs: WAIT_MS });
  if (!lock) return { kind: 'held', protocol: (await store().get<Indexed>(index))?.protocol ?? '' };
  const { release } = lock;
  try {
    let held = await store().get<Indexed>(index);
    if (!held) {
      // The store may have forgotten it: the report says, and the index is whole again.
      held = await heldUpstream(scope, who, replacing);
      if (held) await store().set<Indexed>(index, held, keepFor(held.date));
    }
    if (held && held.protocol !== replacing && (await stillActive(held, date))) {
      await release();
      return { kind: 'held', protocol: held.protocol };
    }
  } catch (error) {
    await release();
    throw error;
  }
  return {
    kind: 'free',
    release,
    record: async (protocol, bookedDate) => {
      await store().set<Indexed>(index, { protocol, date: bookedDate }, keepFor(bookedDate));
    },
  };
}

/** An index entry lasts until two days after the appointment's day. */
const keepFor = (date: string) => Math.max(DAY_MS, Date.parse(`${date}T23:59:59Z`) - Date.now() + 2 * DAY_MS);

/** Still scheduled upstream, and (with a window) near enough the new date to count. */
async function stillActive(held: Indexed, date: string): Promise<boolean> {
  const { windowDays } = env().bookingLimit;
  if (windowDays > 0 && Math.abs(Date.parse(held.date) - Date.parse(date)) > windowDays * DAY_MS) return false;
  try {
    return (await getAppointment(held.protocol)).status === 'scheduled';
  } catch (error) {
    if (isTatodeskErrorOf(error, 'not-found')) return false;
    if (!isTatodeskError(error)) throw error;
    // Tatodesk cannot say now: the citizen is not refused on a guess (the create asks it anyway).
    log.warn({ requestId: error.requestId, kind: error.kind }, 'booking limit not checked: upstream unavailable');
    return false;
  }
}

const EPOCH = 'store-epoch';
type Epoch = { id: string; forgotAt?: number };
/** How long after the store lost its data the report is asked whenever a person's index is missing. */
const FORGOT_MS = 120 * DAY_MS;
/** The days ahead a booking may stand on (the report is read over them). */
const AHEAD_DAYS = 120;
const seenKey = Symbol.for('booking.store-epoch-seen');

/**
 * Whether the shared store has lost its data (Redis restarted without persistence) within
 * FORGOT_MS. The store keeps an epoch; an instance that has seen it and finds it gone knows the
 * store forgot, and says so in a new epoch for every instance. A store that is new to every
 * instance (a first start, or a restart of all of them with an empty Redis) is taken as new:
 * docs/operations.md says why persistence is required.
 */
async function storeForgot(): Promise<boolean> {
  const holder = globalThis as { [seenKey]?: boolean };
  const epoch = await store().get<Epoch>(EPOCH);
  if (!epoch) {
    const forgot = holder[seenKey] === true;
    if (forgot) log.warn('the shared store lost its data: the booking limit asks the report until its index is whole');
    await store().add<Epoch>(EPOCH, { id: randomUUID(), ...(forgot ? { forgotAt: Date.now() } : {}) }, 3650 * DAY_MS);
  }
  holder[seenKey] = true;
  const now = epoch ?? (await store().get<Epoch>(EPOCH));
  return now?.forgotAt !== undefined && Date.now() - now.forgotAt < FORGOT_MS;
}

/**
 * What the person holds in the scope as Tatodesk tells it, when the store has lost its index: the
 * In-Person Services Report over the days ahead, filtered by the answer every booking under the
 * limit carries (the person's keyed hash; a filter the seed states), each row checked itself.
 */
async function heldUpstream(scope: HoldScope, who: string, replacing?: string): Promise<Indexed | undefined> {
  if (!(await storeForgot())) return undefined;
  const now = upstreamNow();
  const today = dayAfter(now, 0, BRASILIA);
  const { scope: kind } = env().bookingLimit;
  const types =
    kind === 'per-type'
      ? [scope.serviceTypeId]
      : kind === 'per-category' && scope.categoryId
        ? (await catalogue.serviceTypes(scope.categoryId)).map((t) => t.id)
        : undefined;
  try {
    const { rows } = await everyPage(
      (page) =>
        getInPersonReport({
          from: today,
          to: dayAfter(now, AHEAD_DAYS, BRASILIA),
          companyIds: [scope.companyId],
          serviceTypeIds: types,
          statuses: ['scheduled'],
          answer: { key: HOLDER_KEY, value: who },
          page,
        }),
      10,
    );
    const row = rows.find(
      (r) =>
        r.status === 'scheduled' &&
        r.companyId === scope.companyId &&
        (!types || types.includes(r.serviceType.id)) &&
        r.answers.some((a) => a.key === HOLDER_KEY && a.value === who) &&
        r.protocol !== replacing,
    );
    if (!row) return undefined;
    log.info({ protocol: row.protocol }, 'booking limit: a holding found in the report, the store having forgotten it');
    return { protocol: row.protocol, date: row.date };
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    log.warn({ requestId: error.requestId, kind: error.kind }, 'booking limit not checked upstream: unavailable');
    return undefined;
  }
}
