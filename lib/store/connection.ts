import 'server-only';
import Redis, { type RedisOptions } from 'ioredis';
import type { RedisTarget } from '@/lib/env';

/**
 * One way to reach the shared Redis, for the store, the limiters, the caches and the job queue:
 * a single Redis (REDIS_URL), or the primary the sentinels name (REDIS_SENTINELS, through
 * ioredis's own Sentinel client). Under Sentinel a switch of primary is followed by itself: a lost
 * or closed connection asks the sentinels again, and a write refused by a replica just demoted
 * (`READONLY`) reconnects to the new primary and is sent again.
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
    // No failoverDetector: in ioredis 5.11 the detector of a connection that was lost stays
    // subscribed, and the sentinels' "+switch-master" then closes the reconnection under way, which
    // ioredis takes as the end: the client never connects again (seen in e2e/faults/failover.spec.ts,
    // one instance's store down for good). A planned switch needs no detector: the sentinels close
    // the demoted primary's clients (CLIENT KILL), and those ask the sentinels again.
    sentinelRetryStrategy: (times) => Math.min(times * 100, 1000),
  });
}

/** The store as `/api/ready` names it: one Redis, or a primary under Sentinel. */
export const redisKind = (target: RedisTarget) => (target.kind === 'single' ? 'redis' : 'redis-sentinel');
