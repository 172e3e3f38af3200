import 'server-only';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimiter } from '@/lib/store';

/**
 * Every limit the product keeps, and where it lives. Each counts an attempt before it checks it
 * (`take` below); the shared ones live in the store (Redis across instances, memory alone).
 *
 * | policy | key | allowance | where |
 * | --- | --- | --- | --- |
 * | requests anyone can loop (lookups, live refreshes) | client | 120 a minute | `requestsPerClient` here; lib/live/index.ts, lib/appointments/lookup.ts |
 * | lookups that find nothing | client, protocol | LOOKUP_MAX_FAILURES per LOOKUP_WINDOW_MINUTES | lib/appointments/lookup.ts |
 * | lookups this instance takes from everyone | instance | LOOKUP_INSTANCE_LIMIT per window | lib/limits/lookup-crowd.ts (proxy.ts, the lookup action) |
 * | bookings made from one address (proof of work past it) | client (IPv6 /64) | CREATE_CHALLENGE_PER_CLIENT, then CREATE_LIMIT_PER_CLIENT | lib/booking/create-limits.ts, lib/booking/challenge.ts |
 * | bookings made for one person | CPF (keyed hash) | CREATE_LIMIT_PER_PERSON | lib/booking/create-limits.ts |
 * | active appointments per person and scope | CPF (keyed hash) | BOOKING_LIMIT, BOOKING_LIMIT_WINDOW_DAYS | lib/booking/holds.ts |
 * | waiting-list joins | client | WAITLIST_JOINS_PER_CLIENT an hour | lib/waitlist/join.ts |
 * | staff sign-ins | client; account (one turn at a time) | 20 per 15 minutes | lib/staff/session.ts, lib/staff/sign-in-turns.ts |
 * | a confirmation sent again from a refused lookup | appointment, day | once (a job id per day) | lib/notices/queue.ts (`enqueueResend`) |
 * | a server action's body | request | 1 MiB, refused before it is read | proxy.ts |
 * | attachments | file, appointment | ATTACHMENT_MAX_FILE_MB, ATTACHMENT_MAX_TOTAL_MB | lib/appointments/attachments.ts |
 */
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
