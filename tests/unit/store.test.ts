import { describe, expect, it, vi } from 'vitest';
import { cached } from '@/lib/store';
import { memoryStore } from '@/lib/store/memory';

describe('memory store', () => {
  it('expires entries on their TTL and claims a key only once', async () => {
    // lru-cache keeps its own clock, so the TTL runs for real: short, and waited out generously.
    const store = memoryStore();
    await store.set('a', 1, 30);
    expect(await store.get('a')).toBe(1);
    expect(await store.add('a', 2, 30)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await store.get('a')).toBeUndefined();
    expect(await store.add('a', 3, 1000)).toBe(true);
    expect(await store.get('a')).toBe(3);
  });
});

describe('cached', () => {
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
