import type { KeyValueStore } from './types';

const TRIES = 50;

/**
 * Read, change, write back only if nobody wrote meanwhile (the store's compare-and-swap), again
 * on a race: a small shared record (a list in join order) changed by every instance without a
 * lock. `change` returns the new value, or undefined to remove it; it may run more than once.
 */
export async function updateShared<T>(
  store: KeyValueStore,
  key: string,
  ttlMs: number,
  change: (current: T | undefined) => T | undefined,
): Promise<T | undefined> {
  for (let i = 0; i < TRIES; i++) {
    const current = await store.get<T>(key);
    const next = change(current);
    if (current === undefined) {
      if (next === undefined || (await store.add(key, next, ttlMs))) return next;
    } else if (await store.swap(key, current, next, ttlMs)) {
      return next;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * (i + 1)));
  }
  throw new Error(`${key}: too many concurrent changes`);
}
