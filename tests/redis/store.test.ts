import Redis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cached, store } from '@/lib/store';
import { memoryStore } from '@/lib/store/memory';
import { redisStore } from '@/lib/store/redis';
import type { KeyValueStore } from '@/lib/store/types';
import { startRedis } from '@/test-support/redis-server';

let redisServer: Awaited<ReturnType<typeof startRedis>>;
const clients: Redis[] = [];
const client = () => {
  const redis = new Redis(redisServer.url);
  clients.push(redis);
  return redis;
};

beforeAll(async () => {
  redisServer = await startRedis();
});
afterAll(async () => {
  clients.forEach((c) => c.disconnect());
  await redisServer.stop();
});

// The same behaviour from either store: the app may run on one or the other.
describe.each([
  ['memory', () => memoryStore()],
  ['redis', () => redisStore(client(), `test-${Math.random()}:`)],
] as const)('%s store', (_name, make: () => KeyValueStore) => {
  it('has nothing to wait for where no replica is expected', async () => {
    expect(await make().replicated()).toBe(true);
  });

  it('keeps JSON values and expires them on their TTL', async () => {
    const store = make();
    await store.set('a', { n: 1, list: ['x'] }, 60);
    expect(await store.get('a')).toEqual({ n: 1, list: ['x'] });
    // Both keep their own clock, so the TTL runs for real: short, and waited out generously.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await store.get('a')).toBeUndefined();
  });

  it('lets exactly one of several racing claims win, and frees the key on delete', async () => {
    const store = make();
    const claims = await Promise.all(Array.from({ length: 5 }, (_, i) => store.add('claim', i, 10_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await store.delete('claim');
    expect(await store.add('claim', 'again', 10_000)).toBe(true);
    expect(await store.get('claim')).toBe('again');
  });

  it('swaps a value only while it is still the one expected, and removes it the same way', async () => {
    const store = make();
    const pending: Record<string, unknown> = { state: 'pending', owner: 'a', beat: 1 };
    await store.set('entry', pending, 10_000);
    // Two heartbeats (or a beat and a takeover) race from the same reading: one wins.
    const swaps = await Promise.all([
      store.swap('entry', pending, { ...pending, beat: 2 }, 10_000),
      store.swap('entry', pending, { state: 'unknown', since: 1 }, 10_000),
    ]);
    expect(swaps.filter(Boolean)).toHaveLength(1);
    const now = await store.get('entry');
    expect(await store.swap('entry', pending, undefined, 10_000)).toBe(false);
    expect(await store.swap('entry', now, undefined, 10_000)).toBe(true);
    expect(await store.get('entry')).toBeUndefined();
    expect(await store.swap('entry', now, { state: 'done' }, 10_000)).toBe(false);
  });
});

describe('Redis shared by instances', () => {
  it('two instances see the same claims and the same limiter', async () => {
    const prefix = `shared-${Math.random()}:`;
    const [a, b] = [redisStore(client(), prefix), redisStore(client(), prefix)];
    expect(await a.add('booking:key', 'pending', 10_000)).toBe(true);
    expect(await b.add('booking:key', 'pending', 10_000)).toBe(false);

    const options = { keyPrefix: prefix, points: 2, duration: 60 };
    const [one, two] = [
      new RateLimiterRedis({ ...options, storeClient: client() }),
      new RateLimiterRedis({ ...options, storeClient: client() }),
    ];
    await one.penalty('client', 1);
    await two.penalty('client', 1);
    expect((await one.get('client'))?.consumedPoints).toBe(2);
  });
});

describe('cached', () => {
  it('cannot push what must be kept out: a flood of cached reads leaves drafts and claims alone', async () => {
    await store().set('draft:kept', { name: 'Maria' }, 60_000);
    for (let i = 0; i < 60_000; i++) await cached(`flood-${i}`, 60_000, async () => i);
    expect(await store().get('draft:kept')).toEqual({ name: 'Maria' });
  });

  it('loads once for concurrent misses and serves hits after', async () => {
    const load = vi.fn(async () => ['x']);
    const key = `k-${Math.random()}`;
    const [a, b] = await Promise.all([cached(key, 60_000, load), cached(key, 60_000, load)]);
    expect(a).toEqual(['x']);
    expect(b).toEqual(['x']);
    await cached(key, 60_000, load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not cache a failed load, and a TTL of zero does not cache at all', async () => {
    const key = `k-${Math.random()}`;
    const failing = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue('up');
    await expect(cached(key, 60_000, failing)).rejects.toThrow('down');
    expect(await cached(key, 60_000, failing)).toBe('up');
    const uncached = vi.fn(async () => 'fresh');
    await cached(`z-${key}`, 0, uncached);
    await cached(`z-${key}`, 0, uncached);
    expect(uncached).toHaveBeenCalledTimes(2);
  });
});
