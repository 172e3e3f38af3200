import type Redis from 'ioredis';
import type { KeyValueStore } from './types';

/** The store shared by every instance: values as JSON, TTLs in milliseconds, claims with SET NX. */
export function redisStore(redis: Redis, prefix = 'booking:'): KeyValueStore {
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
  };
}
