import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Consent } from '@/lib/notices/consent';
import { store } from '@/lib/store';
import type { Appointment } from '@/lib/tatodesk';
import type { Visit } from './dependant';

/**
 * One booking per key across double clicks, retries, reloads and instances. The first request
 * claims the key and keeps a heartbeat on it while its create is out; the others wait for its
 * outcome. A create whose answer was lost leaves the key `unknown`: nothing may create under it
 * again until the upstream has been asked whether the booking exists (reconcile.ts).
 */

/** What the create asked for: enough to find the booking at the upstream when its answer is lost. */
export type Sought = {
  companyId: number;
  unitId: number;
  serviceTypeId: number;
  date: string;
  time: string;
  cpf: string;
};

/**
 * What the confirmation shows, known when the booking was made (what the citizen chose and the
 * create's answer): the confirmation page needs no read of its own.
 */
export type Receipt = Pick<Appointment, 'protocol' | 'company' | 'unit' | 'serviceType' | 'date' | 'time'> & {
  email: string;
  phone: string;
  /** The appointment this one took the place of, whose release was then requested. */
  replaces?: string;
  /** The phone channels the person ticked (an older receipt without it: none). */
  consent?: Consent;
  /** Said to have the right to priority service. */
  priority?: boolean;
  /** Booked for someone else: who the visit is for, who is responsible (a newborn: the certificate to bring). */
  visit?: Visit;
};

/** Why a claimed key was let go without a create: a gate refused it (its twins get the same answer). */
export type Refusal =
  | { kind: 'slowed'; retryInMinutes: number }
  | { kind: 'already-booked'; protocol: string }
  | { kind: 'prove'; waitSeconds: number };

export type Entry =
  | { state: 'pending'; owner: string; beat: number; sought: Sought }
  | { state: 'unknown'; since: number; sought: Sought }
  | { state: 'done'; protocol: string; receipt?: Receipt }
  | { state: 'refused'; refusal: Refusal };

/** A heartbeat a second; a claim whose owner has been silent for five is taken over. */
export const BEAT_MS = 1000;
export const STALE_MS = 5000;
const OPEN_MS = 60 * 60 * 1000;
/** How long a key keeps what it booked (the receipt: the protocol, the place, the e-mail and phone). */
export const DONE_MS = 24 * 60 * 60 * 1000;
const WAIT_MS = 10_000;
const POLL_MS = 200;
const storeKey = (key: string) => `booking:${key}`;

export const readEntry = (key: string) => store().get<Entry>(storeKey(key));

export const isStale = (entry: Extract<Entry, { state: 'pending' }>, now = Date.now()) => now - entry.beat > STALE_MS;

/** The claim this request holds while its create is out. */
export type Claim = { key: string; current: Entry; stop: () => void };

/** Takes the key if nobody holds it, and keeps it alive until `stop`. */
export async function claim(key: string, sought: Sought): Promise<Claim | undefined> {
  const pending: Entry = { state: 'pending', owner: randomUUID(), beat: Date.now(), sought };
  if (!(await store().add(storeKey(key), pending, OPEN_MS))) return undefined;
  const held: Claim = { key, current: pending, stop: () => clearInterval(timer) };
  const timer = setInterval(() => {
    const next: Entry = { ...pending, beat: Date.now() };
    store()
      .swap(storeKey(key), held.current, next, OPEN_MS)
      .then((swapped) => {
        if (swapped) held.current = next;
        else clearInterval(timer);
      })
      // A missed beat is not fatal: the next one tries again, and a long silence hands the key over.
      .catch(() => undefined);
  }, BEAT_MS);
  timer.unref();
  return held;
}

/** The booking exists: every later request under this key shows its confirmation. */
export const settle = (key: string, receipt: Receipt) =>
  store().set<Entry>(storeKey(key), { state: 'done', protocol: receipt.protocol, receipt }, DONE_MS);

/** How long a gate's refusal answers the twins of the request it refused (a double click, a replay in flight). */
const REFUSED_MS = 3000;

/**
 * A gate refused the request that claimed the key: nothing was created. Its twins already waiting
 * on the key get the same answer; the key is free again within seconds for the citizen's next try.
 */
export const refuse = (held: Claim, refusal: Refusal) =>
  store().swap<Entry>(storeKey(held.key), held.current, { state: 'refused', refusal }, REFUSED_MS);

/** The answer proved nothing was booked: the key is free for the citizen to confirm again. */
export const release = (held: Claim) => store().swap(storeKey(held.key), held.current, undefined, OPEN_MS);

/** The answer was lost: the booking may exist. From `since`, the upstream is asked before anything else. */
export const markUnknown = (key: string, from: Entry, sought: Sought, since = Date.now()) =>
  store().swap<Entry>(storeKey(key), from, { state: 'unknown', since, sought }, OPEN_MS);

/** After the upstream said it holds no such booking: free the key, unless someone changed it meanwhile. */
export const forget = (key: string, entry: Entry) => store().swap(storeKey(key), entry, undefined, OPEN_MS);

/** Waits (bounded) while another request holds a live claim; returns the entry as it then stands. */
export async function awaitOutcome(key: string): Promise<Entry | undefined> {
  for (let waited = 0; ; waited += POLL_MS) {
    const entry = await readEntry(key);
    if (entry?.state !== 'pending' || isStale(entry) || waited >= WAIT_MS) return entry;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** What was booked under this key, once there is a booking. */
export async function bookedUnder(key: string): Promise<{ protocol: string; receipt?: Receipt } | undefined> {
  const entry = await readEntry(key);
  return entry?.state === 'done' ? { protocol: entry.protocol, receipt: entry.receipt } : undefined;
}
