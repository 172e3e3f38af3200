import 'server-only';
import { memoryStore } from './memory';
import type { KeyValueStore } from './types';

export type { KeyValueStore };

const key = Symbol.for('booking.store');
type Holder = { [key]?: KeyValueStore };

/** The process's store, made once (a module may be evaluated more than once by the bundler). */
export function store(): KeyValueStore {
  const holder = globalThis as Holder;
  holder[key] ??= memoryStore();
  return holder[key];
}

const inFlight = new Map<string, Promise<unknown>>();

/**
 * Read-through cache: a hit costs nothing upstream, concurrent misses share one load, and a
 * failed load is not cached (the next request tries again).
 */
export async function cached<T>(cacheKey: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  if (ttlMs <= 0) return load();
  const hit = await store().get<T>(`cache:${cacheKey}`);
  if (hit !== undefined) return hit;
  const pending = inFlight.get(cacheKey) as Promise<T> | undefined;
  if (pending) return pending;
  const loading = load()
    .then(async (value) => {
      await store().set(`cache:${cacheKey}`, value, ttlMs);
      return value;
    })
    .finally(() => inFlight.delete(cacheKey));
  inFlight.set(cacheKey, loading);
  return loading;
}
