import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as StoreModule from '@/lib/store';
import { startRedis } from '@/test-support/redis-server';

let redis: Awaited<ReturnType<typeof startRedis>>;
let shared: typeof StoreModule;

beforeAll(async () => {
  redis = await startRedis();
  vi.stubEnv('REDIS_URL', redis.url);
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.resetModules();
  shared = await import('@/lib/store');
});
afterAll(async () => {
  await redis.stop();
});

const waitFor = async (check: () => Promise<boolean>) => {
  for (let tries = 0; tries < 100 && !(await check()); tries++) await new Promise((r) => setTimeout(r, 100));
};

describe('the shared store when Redis goes away', () => {
  it('fails soft: caches fall through, limits hold in memory, writes that matter say so, and it comes back', async () => {
    const { cached, fromStore, isStoreUnavailable, rateLimiter, store } = shared;
    await store().set('draft:x', { a: 1 }, 60_000);
    const limiter = rateLimiter({ keyPrefix: `test-${Math.random()}`, points: 2, duration: 60 });
    const load = vi.fn(async () => ['catalogue']);

    await redis.stop();
    // A cache that cannot be read or written is a miss: the upstream answers, every time.
    expect(await cached('k', 60_000, load)).toEqual(['catalogue']);
    expect(await cached('k', 60_000, load)).toEqual(['catalogue']);
    expect(load).toHaveBeenCalledTimes(2);
    // What cannot be kept says so, as one error the pages answer calmly.
    const failed = await store()
      .set('draft:y', { a: 2 }, 60_000)
      .catch((error: unknown) => error);
    expect(isStoreUnavailable(failed)).toBe(true);
    expect(await fromStore(store().get('draft:x'))).toEqual({ ok: false });
    // The limiter still limits, in this process, until Redis is back.
    await limiter.consume('client');
    await limiter.consume('client');
    await expect(limiter.consume('client')).rejects.toMatchObject({ remainingPoints: 0 });

    redis = await startRedis(redis.port);
    await waitFor(async () => (await fromStore(store().set('probe', 1, 60_000))).ok);
    await store().set('draft:y', { a: 2 }, 60_000);
    expect(await store().get('draft:y')).toEqual({ a: 2 });
  });
});
