import 'server-only';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { memoryStore } from './memory';
import { redisStore } from './redis';
import type { KeyValueStore } from './types';

export type { KeyValueStore };

const key = Symbol.for('booking.store');
type Holder = { [key]?: { store: KeyValueStore; redis?: Redis } };

/**
 * The process's shared state, made once (a module may be evaluated more than once by the
 * bundler): in-process by default; with REDIS_URL, Redis, so that every instance sees the same
 * cache, drafts, idempotency keys and limits.
 */
function backend() {
  const holder = globalThis as Holder;
  if (!holder[key]) {
    const url = env().redisUrl;
    if (url) {
      const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
      redis.on('error', (error: Error) => log.error({ err: error.message }, 'redis error'));
      holder[key] = { store: redisStore(redis), redis };
    } else {
      holder[key] = { store: memoryStore() };
    }
  }
  return holder[key];
}

export const store = (): KeyValueStore => backend().store;

/** A limiter on the same backend as the store: shared by all instances when Redis is configured. */
export function rateLimiter(options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract {
  const { redis } = backend();
  return redis
    ? new RateLimiterRedis({ ...options, storeClient: redis, keyPrefix: `booking:${options.keyPrefix}` })
    : new RateLimiterMemory(options);
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
