import 'server-only';
import Redis, { type RedisOptions } from 'ioredis';
import type { RedisTarget } from '@/lib/env';

/**
 * One way to reach the shared Redis, for the store, the limiters, the caches and the job queue:
 * a single Redis (REDIS_URL), or the primary the sentinels name (REDIS_SENTINELS, through
 * ioredis's own Sentinel client). Under Sentinel a switch of primary is followed by itself: a lost
 * connection asks the sentinels again, and a write refused by a replica just demoted (`READONLY`)
 * reconnects to the new primary and is sent again.
 */
export function redisConnection(target: RedisTarget, options: RedisOptions): Redis {
  const common: RedisOptions = {
    ...options,
    reconnectOnError: (error) => (error.message.startsWith('READONLY') ? 2 : false),
  };
  if (target.kind === 'single') return new Redis(target.url, common);
  return new Redis({
    ...common,
    sentinels: target.sentinels,
    name: target.name,
    role: 'master',
    password: target.password,
    sentinelPassword: target.sentinelPassword,
    // Asks the sentinels again as soon as they announce a new primary, not only when the old one fails.
    failoverDetector: true,
    sentinelRetryStrategy: (times) => Math.min(times * 100, 1000),
  });
}

/** The store as `/api/ready` names it: one Redis, or a primary under Sentinel. */
export const redisKind = (target: RedisTarget) => (target.kind === 'single' ? 'redis' : 'redis-sentinel');
