import 'server-only';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { z } from 'zod';
import { env } from '@/lib/env';
import { log } from '@/lib/ops/log';
import { isStoreUnavailable, store } from '@/lib/store';
import { clientMustProve } from './create-limits';

/**
 * A proof of work before a create, asked only while traffic looks automated (CHALLENGE=auto: the
 * suspicious events of the last window reach CHALLENGE_THRESHOLD, or one address has made
 * CREATE_CHALLENGE_PER_CLIENT creates in its window), always, or never. With
 * JavaScript the page solves it by itself (altcha-lib's PBKDF2 search, about a second on a
 * phone): nothing to click, nothing to read. Without JavaScript the same form is answered with a
 * short wait (CHALLENGE_WAIT_SECONDS) and a signed ticket: slower, never a dead end. Both are bound
 * to the booking's key and the client, are good once, and cost a script per place what they cost
 * a person once.
 */
export type Proof = { challenge: Challenge; ticket: string; waitSeconds: number };
export type Verdict = { passed: true } | { passed: false; proof: Proof; waitSeconds: number };
export type Posted = { altcha?: string; ticket?: string };

/** What counts as suspicious: each adds one to the window's count. */
export type Suspicion = 'honeypot' | 'create-limit' | 'bad-proof' | 'no-proof';

const TICKET_TTL_MS = 15 * 60_000;
const CHALLENGE_TTL_MS = 10 * 60_000;

const secret = (purpose: string) =>
  createHmac('sha256', env().sessionSecret).update(`challenge:${purpose}`).digest('hex');
const bucket = (at: number) => Math.floor(at / env().challenge.windowMs);
const bucketKey = (n: number) => `suspicious:${n}`;

/** One more sign of automated traffic; a store away only loses the count (people are never blocked by it). */
export async function noteSuspicious(reason: Suspicion): Promise<void> {
  const { windowMs } = env().challenge;
  try {
    await store().increment(bucketKey(bucket(Date.now())), 1, 2 * windowMs);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
  }
  log.info({ suspicion: reason }, 'suspicious booking traffic');
}

/**
 * Whether a create must prove work: always, never, or (auto) while this client is busy (its
 * creates in the window reached CREATE_CHALLENGE_PER_CLIENT: many people behind one address, each
 * proves once and none is turned away) or this window's suspicious events and the last one's
 * reach the threshold.
 */
export async function proofAsked(busyClient: boolean): Promise<boolean> {
  const { mode, threshold } = env().challenge;
  if (mode !== 'auto') return mode === 'always';
  if (busyClient) return true;
  const now = bucket(Date.now());
  try {
    const [current, previous] = await Promise.all([
      store().get<number>(bucketKey(now)),
      store().get<number>(bucketKey(now - 1)),
    ]);
    return (current ?? 0) + (previous ?? 0) >= threshold;
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    // The count is unknown: the per-client limits still stand, people are not made to wait.
    return false;
  }
}

/** Whether the check page offers the proof: this client's next create would be asked for it. */
export const challengeActive = async (client: string) => proofAsked(await clientMustProve(client));

/** A fresh challenge and wait ticket for this booking key and client. */
export async function newProof(key: string, client: string): Promise<Proof> {
  const { cost, counterMax, waitSeconds } = env().challenge;
  const challenge = await createChallenge({
    algorithm: 'PBKDF2/SHA-256',
    cost,
    counter: randomInt(Math.floor(counterMax / 2), counterMax),
    deriveKey,
    data: { key },
    expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS),
    hmacSignatureSecret: secret('signature'),
    hmacKeySignatureSecret: secret('key'),
  });
  return { challenge, ticket: ticket(key, client, Date.now(), randomUUID()), waitSeconds };
}

/**
 * Passed (a solved challenge, or a ticket whose wait is over), or not yet: a new proof, or for a
 * ticket still waiting the same ticket and the seconds left.
 */
export async function checkProof(posted: Posted, key: string, client: string): Promise<Verdict> {
  if (posted.altcha) {
    if (await solved(posted.altcha, key)) return { passed: true };
    await noteSuspicious('bad-proof');
  }
  if (posted.ticket) {
    const waited = await waitedFor(posted.ticket, key, client);
    if (waited === 'passed') return { passed: true };
    if (typeof waited === 'number') {
      const proof = await newProof(key, client);
      return { passed: false, proof: { ...proof, ticket: posted.ticket }, waitSeconds: waited };
    }
  }
  const proof = await newProof(key, client);
  return { passed: false, proof, waitSeconds: proof.waitSeconds };
}

const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.object({
      algorithm: z.string(),
      nonce: z.string().max(256),
      salt: z.string().max(256),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string().max(256),
      keySignature: z.string().max(256).optional(),
      expiresAt: z.number().optional(),
      data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    }),
    signature: z.string().max(256).optional(),
  }),
  solution: z.object({
    counter: z.number().int().min(0),
    derivedKey: z.string().max(256),
    time: z.number().optional(),
  }),
});

async function solved(encoded: string, key: string): Promise<boolean> {
  if (encoded.length > 4096) return false;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
  } catch {
    return false;
  }
  const payload = payloadSchema.safeParse(json);
  if (!payload.success) return false;
  const { challenge, solution } = payload.data;
  // Only our own algorithm at our own cost: a cheaper one named in the payload is not a proof.
  const { cost } = env().challenge;
  if (challenge.parameters.algorithm !== 'PBKDF2/SHA-256' || challenge.parameters.cost !== cost) return false;
  if (challenge.parameters.data?.key !== key) return false;
  const result = await verifySolution({
    challenge,
    solution,
    deriveKey,
    hmacSignatureSecret: secret('signature'),
    hmacKeySignatureSecret: secret('key'),
  });
  if (!result.verified) return false;
  // Good once: the same solution posted twice proves one piece of work.
  return store().add(`challenge-used:${challenge.parameters.nonce}`, 1, CHALLENGE_TTL_MS);
}

function ticket(key: string, client: string, issuedAt: number, nonce: string): string {
  const body = `${issuedAt}.${nonce}`;
  return `${body}.${sign(key, client, body)}`;
}

const sign = (key: string, client: string, body: string) =>
  createHmac('sha256', secret('ticket')).update(`${key}|${client}|${body}`).digest('base64url');

/** 'passed' once its wait is over (and only once), the seconds still to wait, or undefined (not ours, stale). */
async function waitedFor(posted: string, key: string, client: string): Promise<'passed' | number | undefined> {
  const match = /^(\d{1,15})\.([0-9a-f-]{36})\.([\w-]{43})$/.exec(posted);
  if (!match) return undefined;
  const [, issued, nonce, signature] = match;
  const expected = Buffer.from(sign(key, client, `${issued}.${nonce}`));
  const given = Buffer.from(signature!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const age = Date.now() - Number(issued);
  if (age > TICKET_TTL_MS) return undefined;
  const left = env().challenge.waitSeconds * 1000 - age;
  if (left > 0) return Math.ceil(left / 1000);
  return (await store().add(`challenge-waited:${nonce}`, 1, TICKET_TTL_MS)) ? 'passed' : undefined;
}
