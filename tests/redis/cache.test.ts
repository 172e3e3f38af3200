import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readThroughCache } from '@/lib/store/cache';
import { memoryStore } from '@/lib/store/memory';
import { redisStore } from '@/lib/store/redis';
import type { KeyValueStore } from '@/lib/store/types';
import { startRedis } from '@/test-support/redis-server';

let redisServer: Awaited<ReturnType<typeof startRedis>>;
const clients: Redis[] = [];

beforeAll(async () => {
  redisServer = await startRedis();
});
afterAll(async () => {
  clients.forEach((c) => c.disconnect());
  await redisServer.stop();
});

/** A load the test lets finish when it chooses, counting how often it was started. */
function gatedLoad<T>(value: T) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const load = vi.fn(async () => {
    await gate;
    return value;
  });
  return { load, open };
}

/**
 * Two app instances: each its own process-level cache, both on one shared store (Redis, or for
 * the in-process case the same memory store, which is what one instance's requests share).
 */
describe.each([
  ['memory', () => memoryStore()],
  [
    'redis',
    () => {
      const redis = new Redis(redisServer.url);
      clients.push(redis);
      return redisStore(redis, `cache-test-${Math.random()}:`);
    },
  ],
] as const)('the read-through cache on %s', (_name, make: () => KeyValueStore) => {
  const twoInstances = () => {
    const shared = make();
    return [readThroughCache(() => shared), readThroughCache(() => shared)] as const;
  };

  it('concurrent misses, on one instance and on another, share one load', async () => {
    const [one, two] = twoInstances();
    const { load, open } = gatedLoad(['09:00']);
    const views = [
      ...Array.from({ length: 20 }, () => one.cached('day', 60_000, load)),
      ...Array.from({ length: 20 }, () => two.cached('day', 60_000, load)),
    ];
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    open();
    expect(new Set((await Promise.all(views)).map((v) => JSON.stringify(v)))).toEqual(new Set(['["09:00"]']));
    expect(load).toHaveBeenCalledTimes(1);
    // And later views are served from the entry.
    expect(await two.cached('day', 60_000, load)).toEqual(['09:00']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed load is not cached: those waiting on it, and the next view, load again', async () => {
    const [one, two] = twoInstances();
    let fail!: (error: Error) => void;
    const failing = vi.fn(() => new Promise<string[]>((_resolve, reject) => (fail = reject)));
    const first = one.cached('day', 60_000, failing);
    await vi.waitFor(() => expect(failing).toHaveBeenCalled());
    const next = vi.fn(async () => ['10:00']);
    const waiting = two.cached('day', 60_000, next);
    fail(new Error('upstream down'));
    await expect(first).rejects.toThrow('upstream down');
    expect(await waiting).toEqual(['10:00']);
    expect(await one.cached('day', 60_000, next)).toEqual(['10:00']);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('a drop while a load is out wins: what the load read is not written back', async () => {
    const [one, two] = twoInstances();
    const { load, open } = gatedLoad(['09:00', '09:30']);
    const before = one.cached('day', 60_000, load);
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    // The other instance books 09:30 and drops the day while the read is out.
    await two.drop('day', 60_000);
    open();
    expect(await before).toEqual(['09:00', '09:30']);
    const after = vi.fn(async () => ['09:00']);
    expect(await one.cached('day', 60_000, after)).toEqual(['09:00']);
    expect(await two.cached('day', 60_000, after)).toEqual(['09:00']);
    expect(after).toHaveBeenCalledTimes(1);
  });

  it('a dropped value is read anew, and a freshness of zero never caches', async () => {
    const [one, two] = twoInstances();
    const load = vi.fn(async () => ['09:00']);
    await one.cached('day', 60_000, load);
    await two.drop('day', 60_000);
    await one.cached('day', 60_000, load);
    expect(load).toHaveBeenCalledTimes(2);
    await one.cached('live', 0, load);
    await one.cached('live', 0, load);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('serves a value no longer than its freshness', async () => {
    const [one] = twoInstances();
    const load = vi.fn(async () => ['09:00']);
    await one.cached('brief', 100, load);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await one.cached('brief', 100, load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
