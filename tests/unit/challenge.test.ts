import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as ChallengeModule from '@/lib/booking/challenge';

let challenge: typeof ChallengeModule;
beforeAll(async () => {
  vi.stubEnv('CHALLENGE', 'auto');
  vi.stubEnv('CHALLENGE_THRESHOLD', '3');
  vi.stubEnv('CHALLENGE_WAIT_SECONDS', '5');
  vi.stubEnv('CHALLENGE_COST', '50');
  vi.stubEnv('CHALLENGE_COUNTER_MAX', '200');
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.resetModules();
  challenge = await import('@/lib/booking/challenge');
});
afterEach(() => {
  vi.useRealTimers();
});

/** What the page does in the browser: solve, and encode as the form posts it. */
async function solve(proof: ChallengeModule.Proof) {
  const solution = await solveChallenge({ challenge: proof.challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge: proof.challenge, solution })).toString('base64');
}

describe('the proof of work before a create', () => {
  it('turns on once the suspicious events of the window reach the threshold', async () => {
    expect(await challenge.challengeActive('fd00::9')).toBe(false);
    await challenge.noteSuspicious('honeypot');
    await challenge.noteSuspicious('create-limit');
    expect(await challenge.challengeActive('fd00::9')).toBe(false);
    await challenge.noteSuspicious('create-limit');
    expect(await challenge.challengeActive('fd00::9')).toBe(true);
  });

  it('a solved challenge passes once, for its own booking key only', async () => {
    const proof = await challenge.newProof('key-a', 'fd00::1');
    const altcha = await solve(proof);
    expect(await challenge.checkProof({ altcha }, 'key-b', 'fd00::1')).toMatchObject({ passed: false });
    expect(await challenge.checkProof({ altcha }, 'key-a', 'fd00::1')).toEqual({ passed: true });
    // Posted again (a script replaying one piece of work): not a proof any more.
    expect(await challenge.checkProof({ altcha }, 'key-a', 'fd00::1')).toMatchObject({ passed: false });
  });

  it('an easier challenge than the one signed, or no proof at all, does not pass', async () => {
    const proof = await challenge.newProof('key-c', 'fd00::1');
    // A one-digit prefix is found in a few tries: work the server never asked for.
    const cheaper = { ...proof.challenge, parameters: { ...proof.challenge.parameters, keyPrefix: '0' } };
    const solution = await solveChallenge({ challenge: cheaper, deriveKey });
    const forged = Buffer.from(JSON.stringify({ challenge: cheaper, solution })).toString('base64');
    expect(await challenge.checkProof({ altcha: forged }, 'key-c', 'fd00::1')).toMatchObject({ passed: false });
    expect(await challenge.checkProof({ altcha: 'bm90IGpzb24=' }, 'key-c', 'fd00::1')).toMatchObject({ passed: false });
  });

  it('without JavaScript: a ticket passes after its wait, once, for its own key and client', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z'), toFake: ['Date'] });
    const first = await challenge.checkProof({}, 'key-d', 'fd00::2');
    expect(first).toMatchObject({ passed: false, waitSeconds: 5 });
    const ticket = !first.passed ? first.proof.ticket : '';
    vi.setSystemTime(new Date('2026-12-01T12:00:03Z'));
    // Too early: the same ticket, and what is left of its wait.
    const early = await challenge.checkProof({ ticket }, 'key-d', 'fd00::2');
    expect(early).toMatchObject({ passed: false, waitSeconds: 2, proof: { ticket } });
    vi.setSystemTime(new Date('2026-12-01T12:00:06Z'));
    expect(await challenge.checkProof({ ticket }, 'key-d', 'fd00::3')).toMatchObject({ passed: false, waitSeconds: 5 });
    expect(await challenge.checkProof({ ticket }, 'key-e', 'fd00::2')).toMatchObject({ passed: false, waitSeconds: 5 });
    expect(await challenge.checkProof({ ticket }, 'key-d', 'fd00::2')).toEqual({ passed: true });
    expect(await challenge.checkProof({ ticket }, 'key-d', 'fd00::2')).toMatchObject({ passed: false, waitSeconds: 5 });
    // Its signature altered: a new wait.
    const forged = ticket.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await challenge.checkProof({ ticket: forged }, 'key-d', 'fd00::2')).toMatchObject({
      passed: false,
      waitSeconds: 5,
    });
  });
});
