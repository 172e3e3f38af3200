import { LRUCache } from 'lru-cache';
import type { KeyValueStore } from './types';

/** One process's store: bounded in size, entries expire on their own TTL (which must be positive). */
export function memoryStore(max = 50_000): KeyValueStore {
  const entries = new LRUCache<string, { value: unknown }>({ max, ttlAutopurge: false });
  return {
    async get<T>(key: string) {
      return entries.get(key)?.value as T | undefined;
    },
    async set(key, value, ttlMs) {
      entries.set(key, { value }, { ttl: ttlMs });
    },
    async add(key, value, ttlMs) {
      if (entries.has(key)) return false;
      entries.set(key, { value }, { ttl: ttlMs });
      return true;
    },
    async delete(key) {
      entries.delete(key);
    },
    async increment(key, by, ttlMs) {
      const next = ((entries.get(key)?.value as number | undefined) ?? 0) + by;
      entries.set(key, { value: next }, { ttl: ttlMs });
      return next;
    },
    // One process: nothing to replicate.
    async replicated() {
      return true;
    },
    async swap(key, expected, next, ttlMs) {
      const current = entries.get(key);
      if (!current || JSON.stringify(current.value) !== JSON.stringify(expected)) return false;
      if (next === undefined) entries.delete(key);
      else entries.set(key, { value: next }, { ttl: ttlMs });
      return true;
    },
  };
}
