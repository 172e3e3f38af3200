import { randomUUID } from 'node:crypto';
import type { KeyValueStore } from './types';

/**
 * A read-through cache shared by every instance, that coalesces: concurrent misses share one
 * load, in this process and across instances (the first to mark the entry loading loads; the
 * others wait on the shared entry, bounded, then load on their own). A failed load is not cached;
 * an entry dropped while its load was out is not written back (the load may predate the change);
 * a cache that cannot be read or written is a miss and the upstream answers.
 *
 * One entry per key: a value, a load in progress, or a drop (remembered for one freshness, so that
 * a load started before it cannot write what it read back over it).
 */
type Cell<T> =
  { state: 'value'; value: T } | { state: 'loading'; by: string; since: number } | { state: 'dropped'; at: number };

/** How long others wait on a load elsewhere before loading on their own, and how often they look. */
const WAIT_MS = 3000;
const POLL_MS = 40;
/** A loading mark outlives no load: after this its loader is taken to be gone. */
const LOADING_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function readThroughCache(
  cacheStore: () => KeyValueStore,
  /** Told of each read: whether the shared cache held the value (for the operators' metrics). */
  onRead: (key: string, hit: boolean) => void = () => undefined,
) {
  const inFlight = new Map<string, Promise<unknown>>();

  const quietly = async <T>(operation: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await operation();
    } catch {
      return undefined;
    }
  };
  const read = <T>(key: string) => quietly(() => cacheStore().get<Cell<T>>(key));

  /** This process's one load of a key: takes the shared entry, or waits on whoever holds it. */
  async function fill<T>(key: string, ttlMs: number, load: () => Promise<T>, seen: Cell<T> | undefined): Promise<T> {
    const mark: Cell<T> = { state: 'loading', by: randomUUID(), since: Date.now() };
    const markTtl = Math.max(ttlMs, LOADING_MS);
    for (let waited = 0; ; waited += POLL_MS) {
      if (seen?.state === 'value') return seen.value;
      // Another loader that is slow, or an entry that keeps changing: no longer than a page would wait.
      if (waited >= WAIT_MS) return load();
      const loadingElsewhere = seen?.state === 'loading' && Date.now() - seen.since < LOADING_MS;
      if (loadingElsewhere) await sleep(POLL_MS);
      else {
        const from = seen;
        const taken = await quietly(() =>
          from ? cacheStore().swap(key, from, mark, markTtl) : cacheStore().add(key, mark, markTtl),
        );
        // Taken, or the cache is away (nobody to share with): load. Lost the race: look again.
        if (taken !== false) break;
      }
      seen = await read<T>(key);
    }
    let value: T;
    try {
      value = await load();
    } catch (error) {
      await quietly(() => cacheStore().swap(key, mark, undefined, markTtl));
      throw error;
    }
    // Written only over its own mark: a drop meanwhile (here or on another instance) wins.
    await quietly(() => cacheStore().swap<Cell<T>>(key, mark, { state: 'value', value }, ttlMs));
    return value;
  }

  return {
    async cached<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
      if (ttlMs <= 0) return load();
      const seen = await read<T>(key);
      onRead(key, seen?.state === 'value');
      if (seen?.state === 'value') return seen.value;
      const pending = inFlight.get(key) as Promise<T> | undefined;
      if (pending) return pending;
      const loading = fill(key, ttlMs, load, seen).finally(() => {
        if (inFlight.get(key) === loading) inFlight.delete(key);
      });
      inFlight.set(key, loading);
      return loading;
    },

    /** What this app knows changed (its own create, an answer that the time is taken): read anew. */
    async drop(key: string, ttlMs: number): Promise<void> {
      inFlight.delete(key);
      await quietly(() => cacheStore().set<Cell<never>>(key, { state: 'dropped', at: Date.now() }, Math.max(ttlMs, 1)));
    },
  };
}
