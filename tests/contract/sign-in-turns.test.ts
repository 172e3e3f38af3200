import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Turns from '@/lib/staff/sign-in-turns';
import { startRedis } from '@/test-support/redis-server';

// On a real Redis, as several instances share it: the turns are claimed there in one step.
let redis: Awaited<ReturnType<typeof startRedis>>;
let turns: typeof Turns;

beforeAll(async () => {
  redis = await startRedis();
  vi.stubEnv('REDIS_URL', redis.url);
  vi.stubEnv('SESSION_SECRET', 'a-test-secret-of-at-least-32-characters');
  vi.resetModules();
  (await import('@/lib/env')).env();
  turns = await import('@/lib/staff/sign-in-turns');
  // Connected before the first count (until then an instance counts in its own memory).
  expect(await (await import('@/lib/store')).storeHealth()).toBe('ok');
}, 30_000);
afterAll(() => redis?.stop());

/** The times at which a patient attacker's tries are checked, one after another, within `ms`. */
function patient(failuresBefore: number, ms: number) {
  const times: number[] = [];
  for (let t = 0, n = failuresBefore; ; n++) {
    t += turns.delayAfter(n);
    if (t > ms) return times;
    times.push(t);
  }
}

describe('sign-in turns on one account', () => {
  it('give a burst of 20 tries after 4 failures no more checks within 9 s than a patient attacker gets', async () => {
    const account = `burst-${Date.now()}`;
    for (let i = 0; i < 4; i++) await turns.claimTurn(account); // four failures, one after another
    const now = Date.now();
    const burst = await Promise.all(Array.from({ length: 20 }, () => turns.claimTurn(account, now)));
    const checkedAt = burst
      .filter((t): t is { ok: true; waitMs: number } => t.ok)
      .map((t) => t.waitMs)
      .sort((a, b) => a - b);
    const within9s = checkedAt.filter((ms) => ms <= 9000);
    console.log(`Wrong passwords checked within 9 s of a burst of 20 after 4 failures: ${within9s.length}`);
    expect(within9s.length).toBeLessThanOrEqual(patient(4, 9000).length);
    expect(within9s.length).toBeGreaterThan(0);
    // One at a time, each its own wait after the one before.
    for (let i = 1; i < checkedAt.length; i++) expect(checkedAt[i]! - checkedAt[i - 1]!).toBeGreaterThanOrEqual(1000);
    // The rest are refused at once, told when to try again.
    expect(burst.filter((t) => !t.ok).length).toBe(20 - checkedAt.length);
  });

  it('cost nothing for the first tries, and start again from nothing once the member gets in', async () => {
    const account = `member-${Date.now()}`;
    for (let i = 0; i < 3; i++) expect(await turns.claimTurn(account)).toEqual({ ok: true, waitMs: 0 });
    expect(await turns.claimTurn(account)).toMatchObject({ ok: true, waitMs: 500 });
    await turns.clearTurns(account);
    expect(await turns.claimTurn(account)).toEqual({ ok: true, waitMs: 0 });
  });
});
