import 'server-only';
import { lazyLimiter, take } from '@/lib/limits';
import { store, updateShared } from '@/lib/store';

/** Failures on one account that cost nothing; each one after doubles the wait before the next check. */
const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 8000;
/** The furthest ahead a turn is given: beyond it an attempt is refused at once, not kept waiting. */
const QUEUE_MS = 10_000;
const WINDOW_S = 15 * 60;
// Never a hard lock (anyone could lock a colleague out by typing their name): a growing wait.
const attempts = lazyLimiter({ keyPrefix: 'staff-account', points: 1_000_000, duration: WINDOW_S });
const turnKey = (account: string) => `staff-turn:${account}`;

export type Turn = { ok: true; waitMs: number } | { ok: false; retryInSeconds: number };

/** The wait before the attempt that follows `failures` failures: none for the first few, then doubling. */
export const delayAfter = (failures: number) =>
  failures < FREE_FAILURES ? 0 : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));

/**
 * This attempt's turn to have its password checked, claimed before the check and in one step
 * across instances: each attempt on an account is counted at once, and is given the time of the
 * last turn given plus its own wait (or its arrival plus it, whichever is later). So a burst of
 * concurrent tries is checked one after another at the pace a patient attacker gets, never at
 * once; a turn more than ten seconds ahead is refused straight away.
 */
export async function claimTurn(account: string, now = Date.now()): Promise<Turn> {
  const counted = await take(attempts(), account);
  const failures = counted.ok ? counted.consumed - 1 : Number.MAX_SAFE_INTEGER;
  const delay = delayAfter(failures);
  if (delay === 0) return { ok: true, waitMs: 0 };
  let at = 0;
  await updateShared<{ next: number }>(store(), turnKey(account), WINDOW_S * 1000, (current) => {
    at = Math.max(now, current?.next ?? 0) + delay;
    // Too far ahead: nothing is taken, the turn stays with those already waiting.
    return at - now > QUEUE_MS ? current : { next: at };
  });
  if (at - now > QUEUE_MS) return { ok: false, retryInSeconds: Math.ceil((at - now - QUEUE_MS) / 1000) };
  return { ok: true, waitMs: at - now };
}

/** A member who gets in clears the account's count and its turns. */
export async function clearTurns(account: string): Promise<void> {
  await Promise.all([attempts().delete(account), store().delete(turnKey(account))]);
}
