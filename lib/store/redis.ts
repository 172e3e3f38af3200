import type Redis from 'ioredis';
import type { KeyValueStore } from './types';

/** Compare-and-set in one step on the server: no other instance can slip in between. */
const SWAP = `
local current = redis.call('GET', KEYS[1])
if current ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
return 1`;

/**
 * The store shared by every instance: values as JSON, TTLs in milliseconds, claims with SET NX.
 * `replicas`: how many replicas `replicated()` waits for (`WAIT`, at most `waitMs`: under the
 * connection's own command timeout); none for a Redis without replicas.
 */
export function redisStore(
  redis: Redis,
  prefix = 'booking:',
  { replicas = 0, waitMs = 500 }: { replicas?: number; waitMs?: number } = {},
): KeyValueStore {
  const k = (key: string) => `${prefix}${key}`;
  return {
    async get<T>(key: string) {
      const text = await redis.get(k(key));
      return text === null ? undefined : (JSON.parse(text) as T);
    },
    async set(key, value, ttlMs) {
      await redis.set(k(key), JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlMs)));
    },
    async add(key, value, ttlMs) {
      return (await redis.set(k(key), JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK';
    },
    async delete(key) {
      await redis.del(k(key));
    },
    async increment(key, by, ttlMs) {
      const [[, value]] = (await redis
        .multi()
        .incrby(k(key), by)
        .pexpire(k(key), Math.max(1, Math.round(ttlMs)))
        .exec()) as [[Error | null, number], [Error | null, number]];
      return value;
    },
    async replicated() {
      // A wait that fails (the primary gone, a switch under way) is no replica's word either.
      return replicas === 0 || (await redis.wait(replicas, waitMs).catch(() => 0)) >= replicas;
    },
    async swap(key, expected, next, ttlMs) {
      const nextText = next === undefined ? '' : JSON.stringify(next);
      const ttl = String(Math.max(1, Math.round(ttlMs)));
      return (await redis.eval(SWAP, 1, k(key), JSON.stringify(expected), nextText, ttl)) === 1;
    },
  };
}
