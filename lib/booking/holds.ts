import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { acquireLock, store } from '@/lib/store';
import { getAppointment, isTatodeskError, isTatodeskErrorOf } from '@/lib/tatodesk';

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
    const held = await store().get<Indexed>(index);
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
      const ttl = Math.max(DAY_MS, Date.parse(`${bookedDate}T23:59:59Z`) - Date.now() + 2 * DAY_MS);
      await store().set<Indexed>(index, { protocol, date: bookedDate }, ttl);
    },
  };
}

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
