import 'server-only';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env, type RedisTarget } from '@/lib/env';
import { log } from '@/lib/ops/log';
import { cacheOf, metrics } from '@/lib/ops/metrics';
import { readThroughCache } from './cache';
import { redisConnection, redisKind } from './connection';
import { memoryStore } from './memory';
import { redisStore } from './redis';
import { isStoreUnavailable, StoreUnavailableError, type KeyValueStore } from './types';

export { StoreUnavailableError, isStoreUnavailable, type KeyValueStore } from './types';
export { acquireLock } from './lock';
export { updateShared } from './update';

const key = Symbol.for('booking.store');
type Holder = { [key]?: { store: KeyValueStore; cache: KeyValueStore; redis?: Redis } };

/**
 * The process's shared state, made once (a module may be evaluated more than once by the
 * bundler): in-process by default; with REDIS_URL or REDIS_SENTINELS, Redis, so that every instance sees the same
 * cache, drafts, idempotency keys and limits.
 */
function backend() {
  const holder = globalThis as Holder;
  if (!holder[key]) {
    const target = env().redis;
    if (target) {
      const { redis, isDown } = connect(target);
      // One Redis: run it with `maxmemory-policy noeviction` (or volatile-*: every key here expires).
      holder[key] = {
        // Under Sentinel a claim waits for a replica before its create goes out (lib/store/once.ts).
        store: failingLoudly(redisStore(redis, 'booking:', { replicas: target.kind === 'sentinel' ? 1 : 0 }), isDown),
        cache: failingLoudly(redisStore(redis, 'booking:cache:'), isDown),
        redis,
      };
    } else {
      // Apart, so that a flood of cheap cached reads can never push a citizen's draft or a claim out.
      holder[key] = { store: memoryStore(50_000), cache: memoryStore(10_000) };
    }
  }
  return holder[key];
}

/**
 * A Redis that answers fast or fails fast: a command waits at most a second, and while the
 * server is away commands fail after one reconnection attempt instead of queueing for long.
 * Its health is logged once when it goes away and once when it is back, not once per request.
 */
function connect(target: RedisTarget): { redis: Redis; isDown: () => boolean } {
  const redis = redisConnection(target, {
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectTimeout: 1000,
    retryStrategy: (times) => Math.min(times * 100, 1000),
  });
  let down = false;
  const events = metrics().storeEvents;
  redis.on('reconnecting', () => events.inc({ event: 'reconnecting' }));
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    events.inc({ event: 'lost' });
    log.error({ err: error.message }, 'redis unavailable: caches fall through, limits fall back to memory');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    events.inc({ event: 'back' });
    log.info('redis available again');
  });
  return { redis, isDown: () => down };
}

/**
 * Every failure of the backend surfaces as one error a page can answer calmly, and while the
 * backend is known to be away it surfaces at once, without waiting on a reconnection each time.
 */
function failingLoudly(inner: KeyValueStore, isDown: () => boolean): KeyValueStore {
  const unavailable = (cause: unknown) => {
    metrics().storeUnavailable.inc();
    return new StoreUnavailableError(cause);
  };
  const guard =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (isDown()) throw unavailable(new Error('redis is away'));
      try {
        return await operation(...args);
      } catch (cause) {
        throw unavailable(cause);
      }
    };
  return {
    get: guard(inner.get.bind(inner)) as KeyValueStore['get'],
    set: guard(inner.set.bind(inner)),
    add: guard(inner.add.bind(inner)),
    delete: guard(inner.delete.bind(inner)),
    swap: guard(inner.swap.bind(inner)),
    increment: guard(inner.increment.bind(inner)),
    replicated: guard(inner.replicated.bind(inner)),
  };
}

/** What must be kept until it expires: drafts, idempotency keys, sessions, reservations. */
export const store = (): KeyValueStore => backend().store;
/** What may be dropped at any time and read again from the upstream. */
const cacheStore = (): KeyValueStore => backend().cache;

/**
 * A limiter on the same backend as the store: shared by all instances when Redis is configured,
 * with an in-process limiter standing in (per instance) while Redis is away.
 */
export function rateLimiter(options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract {
  const { redis } = backend();
  return redis
    ? new RateLimiterRedis({
        ...options,
        storeClient: redis,
        keyPrefix: `booking:${options.keyPrefix}`,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterMemory(options);
}

const cache = readThroughCache(cacheStore, (key, hit) =>
  metrics().cacheReads.inc({ cache: cacheOf(key), result: hit ? 'hit' : 'miss' }),
);

/**
 * Read-through cache, shared by every instance with Redis: a hit costs nothing upstream,
 * concurrent misses share one load (across instances too), a failed load is not cached, and a
 * cache that cannot be read or written is a miss (lib/store/cache.ts).
 */
export const cached = cache.cached;
/** Drops a cached value this app knows is no longer true; a load already out does not write it back. */
export const dropCached = cache.drop;

/** A page's read of the store: its value, or not ok when the store is away (the page then says so calmly, inline). */
export async function fromStore<T>(read: Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await read };
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return { ok: false };
  }
}

/** What the shared store is: in this process only, one Redis, or a primary under Sentinel. */
export const storeKind = () => {
  const target = env().redis;
  return target ? redisKind(target) : 'in-process';
};

/** Whether the shared store answers (a PING within its command timeout); in-process needs none. */
export async function storeHealth(): Promise<'ok' | 'down' | 'not-configured'> {
  const { redis } = backend();
  if (!redis) return 'not-configured';
  try {
    return (await redis.ping()) === 'PONG' ? 'ok' : 'down';
  } catch {
    return 'down';
  }
}
