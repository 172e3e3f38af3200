import 'server-only';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimiter } from '@/lib/store';

export type Taken = { ok: true; consumed: number } | { ok: false; retryInMinutes: number; retryInSeconds: number };

/**
 * Counts an attempt before anything is checked, so that a burst of concurrent attempts is
 * counted in full: the first `points` go on, the rest are refused. A success may give its point
 * back (`refund`).
 */
export async function take(limiter: RateLimiterAbstract, key: string, points = 1): Promise<Taken> {
  try {
    const res = await limiter.consume(key, points);
    return { ok: true, consumed: res.consumedPoints };
  } catch (refused) {
    if (!(refused instanceof RateLimiterRes)) throw refused;
    return {
      ok: false,
      retryInMinutes: Math.max(1, Math.ceil(refused.msBeforeNext / 60_000)),
      retryInSeconds: Math.max(1, Math.ceil(refused.msBeforeNext / 1000)),
    };
  }
}

export const refund = (limiter: RateLimiterAbstract, key: string, points = 1) => limiter.reward(key, points);

/** Made on first use: the backend (memory or Redis) is known only once the environment is read. */
export function lazyLimiter(options: { keyPrefix: string; points: number; duration: number }) {
  let limiter: RateLimiterAbstract | undefined;
  return () => (limiter ??= rateLimiter(options));
}

/** Requests per client to the endpoints anyone can call in a loop (lookups, availability refreshes). */
export const requestsPerClient = lazyLimiter({ keyPrefix: 'requests', points: 120, duration: 60 });
