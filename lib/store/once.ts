import { randomUUID } from 'node:crypto';
import { log } from '@/lib/ops/log';
import { store, StoreUnavailableError } from './index';

/**
 * One create per key across double clicks, retries, reloads and instances: a booking online, a
 * walk-in at the counter. The first request claims the key and keeps a heartbeat on it while its
 * create is out; the others wait for its outcome. A create whose answer was lost leaves the key
 * `unknown`: nothing may create under it again until the upstream has been asked whether the
 * thing exists (`follow`, with the caller's `find`).
 *
 *   (none) ──claim──▶ pending ──settle──▶ done
 *                       │  ├──refuse──▶ refused (a gate said no; gone in seconds)
 *                       │  └──release─▶ (none)  (the answer proved nothing was made)
 *                       └──answer lost, or its owner silent──▶ unknown
 *   unknown ──found upstream──▶ done · ──not found once it could have landed──▶ (none)
 */
export type OnceEntry<Sought, Done, Refusal> =
  | { state: 'pending'; owner: string; beat: number; sought: Sought }
  | { state: 'unknown'; since: number; sought: Sought }
  | { state: 'done'; done: Done }
  | { state: 'refused'; refusal: Refusal };

/** The claim a request holds while its create is out. */
export type Claim<Sought, Done, Refusal> = {
  key: string;
  sought: Sought;
  current: OnceEntry<Sought, Done, Refusal>;
  stop: () => void;
};

/** What the key says once followed to an end this request may act on. */
export type Followed<Sought, Done, Refusal, Found> =
  | { kind: 'done'; done: Done }
  | { kind: 'refused'; refusal: Refusal }
  /** Its owner is alive and still waiting for the upstream. */
  | { kind: 'in-progress' }
  /** The answer was lost and the upstream cannot yet say whether the create landed. */
  | { kind: 'checking' }
  /** The answer was lost and the upstream has it: the caller settles the key with it. */
  | { kind: 'found'; found: Found; sought: Sought }
  /** Nothing under the key, or the upstream said nothing was made: the key is free. */
  | { kind: 'absent' };

/** Thrown by a `find` when the upstream answered but not all of it: whether the create landed is not known yet. */
export class NotKnownYet extends Error {}

/** A heartbeat a second; a claim whose owner has been silent for five is taken over. */
export const BEAT_MS = 1000;
export const STALE_MS = 5000;
const OPEN_MS = 60 * 60 * 1000;
const WAIT_MS = 10_000;
const POLL_MS = 200;
/** How long a gate's refusal answers the twins of the request it refused (a double click, a replay in flight). */
const REFUSED_MS = 3000;

export function oncePerKey<Sought, Done, Refusal = never>(
  prefix: string,
  options: {
    /** How long a key keeps what was made. */
    doneMs: number;
    /** How long a create whose answer was lost may still land: until then, not found is not yet "not made". */
    landingMs: number;
  },
) {
  type Entry = OnceEntry<Sought, Done, Refusal>;
  const storeKey = (key: string) => `${prefix}:${key}`;
  const read = (key: string) => store().get<Entry>(storeKey(key));
  const isStale = (entry: Extract<Entry, { state: 'pending' }>, now = Date.now()) => now - entry.beat > STALE_MS;
  const markUnknown = (key: string, from: Entry, sought: Sought, since = Date.now()) =>
    store().swap<Entry>(storeKey(key), from, { state: 'unknown', since, sought }, OPEN_MS);

  /** Waits (bounded) while another request holds a live claim; returns the entry as it then stands. */
  async function awaitOutcome(key: string): Promise<Entry | undefined> {
    for (let waited = 0; ; waited += POLL_MS) {
      const entry = await read(key);
      if (entry?.state !== 'pending' || isStale(entry) || waited >= WAIT_MS) return entry;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  return {
    read,

    /** Takes the key if nobody holds it, and keeps it alive until `stop`. */
    async claim(key: string, sought: Sought): Promise<Claim<Sought, Done, Refusal> | undefined> {
      const pending: Entry = { state: 'pending', owner: randomUUID(), beat: Date.now(), sought };
      if (!(await store().add(storeKey(key), pending, OPEN_MS))) return undefined;
      // On a replica before the create goes out: were the primary to die now, the new one still
      // holds the claim, and a replay reconciles it as a lost answer instead of creating again.
      // Without a replica's word in time, no create: this may be a primary already replaced (a
      // switch under way), where a twin on the new one would claim the key again. The claim is
      // given back (nothing was made) and the request answered calmly, to be pressed again. A wait
      // that fails is the same case (the store answers false): no create, the key not left held.
      if (!(await store().replicated())) {
        log.warn({ prefix }, 'claim not on a replica in time: no create, the request is asked to try again');
        await store()
          .swap(storeKey(key), pending, undefined, OPEN_MS)
          .catch(() => undefined);
        throw new StoreUnavailableError(new Error('the claim reached no replica'));
      }
      const held: Claim<Sought, Done, Refusal> = { key, sought, current: pending, stop: () => clearInterval(timer) };
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
    },

    /** It was made: every later request under this key is answered with it. */
    settle: (key: string, done: Done) => store().set<Entry>(storeKey(key), { state: 'done', done }, options.doneMs),

    /** A gate refused the claim's request: nothing was made; its twins get the same answer, for seconds. */
    refuse: (held: Claim<Sought, Done, Refusal>, refusal: Refusal) =>
      store().swap<Entry>(storeKey(held.key), held.current, { state: 'refused', refusal }, REFUSED_MS),

    /** The answer proved nothing was made: the key is free to be sent again. */
    release: (held: Claim<Sought, Done, Refusal>) => store().swap(storeKey(held.key), held.current, undefined, OPEN_MS),

    /** The answer was lost: the thing may exist. From now, the upstream is asked before anything else. */
    lost: (held: Claim<Sought, Done, Refusal>) => markUnknown(held.key, held.current, held.sought),

    /**
     * Follows a key some request claimed to an end this request may act on, one state at a time:
     * a live claim is waited for (bounded); a silent one is treated as a lost answer from its last
     * sign of life; a lost answer is looked for upstream with `find`, which throws `unsure` errors
     * when the upstream cannot say.
     */
    async follow<Found>(
      key: string,
      find: (sought: Sought) => Promise<Found | undefined>,
      unsure: (error: unknown) => boolean,
      entry?: Entry,
    ): Promise<Followed<Sought, Done, Refusal, Found>> {
      let current = entry ?? (await read(key));
      // Each turn moves the entry on (pending → unknown → none); a few are always enough.
      for (let turn = 0; turn < 4; turn++) {
        if (!current) return { kind: 'absent' };
        switch (current.state) {
          case 'done':
            return { kind: 'done', done: current.done };
          case 'refused':
            return { kind: 'refused', refusal: current.refusal };
          case 'pending':
            if (!isStale(current)) {
              const after = await awaitOutcome(key);
              if (after?.state === 'pending' && !isStale(after)) return { kind: 'in-progress' };
              current = after;
            } else {
              // Its owner went silent (an instance gone mid-create): from its last sign of life, ask upstream.
              await markUnknown(key, current, current.sought, current.beat);
              current = await read(key);
            }
            break;
          case 'unknown': {
            let found: Found | undefined;
            try {
              found = await find(current.sought);
            } catch (error) {
              if (unsure(error) || error instanceof NotKnownYet) return { kind: 'checking' };
              throw error;
            }
            if (found !== undefined) return { kind: 'found', found, sought: current.sought };
            if (Date.now() - current.since < options.landingMs) return { kind: 'checking' };
            await store().swap(storeKey(key), current, undefined, OPEN_MS);
            return { kind: 'absent' };
          }
        }
      }
      return { kind: 'in-progress' };
    },
  };
}
