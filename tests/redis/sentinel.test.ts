import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redisConnection } from '@/lib/store/connection';
import { redisStore } from '@/lib/store/redis';
import { startSentinelSet } from '@/test-support/redis-sentinel';

let set: Awaited<ReturnType<typeof startSentinelSet>>;
const connections: Redis[] = [];

// Each test its own primary, replica and sentinels: a switch leaves the set with one node fewer.
beforeEach(async () => {
  set = await startSentinelSet();
  await set.ready();
}, 60_000);
afterEach(async () => {
  connections.splice(0).forEach((c) => c.disconnect());
  await set?.stop();
});

/** The store as the app makes it under Sentinel: a command waits a second at most, then fails calmly. */
function sentinelStore(replicas = 0) {
  const redis = redisConnection(
    { kind: 'sentinel', sentinels: set.sentinels, name: set.name },
    {
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      connectTimeout: 1000,
      retryStrategy: (t) => Math.min(t * 100, 1000),
    },
  );
  redis.on('error', () => {});
  connections.push(redis);
  return { redis, store: redisStore(redis, `sentinel-test-${randomUUID()}:`, { replicas }) };
}

/** Until `write` succeeds (each try failing calmly meanwhile), how long it took and how many tries failed. */
async function untilWritten(write: () => Promise<unknown>, timeoutMs = 30_000) {
  const started = Date.now();
  let failed = 0;
  while (Date.now() - started < timeoutMs) {
    try {
      await write();
      return { ms: Date.now() - started, failed };
    } catch {
      failed++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`no write succeeded in ${timeoutMs} ms`);
}

describe('Redis under Sentinel', () => {
  it('follows a killed primary by itself, keeping what was replicated and every claim', async () => {
    const { redis, store } = sentinelStore();
    await store.set('kept', { n: 1 }, 60_000);
    expect(await store.add('claimed', { owner: 'first' }, 60_000)).toBe(true);
    // Replicated before the crash: what the asynchronous replication window would otherwise lose.
    // (WAIT's own timeout stays under the connection's one-second command timeout, and is asked again.)
    await expect.poll(() => redis.wait(1, 500).catch(() => 0), { timeout: 20_000, interval: 100 }).toBe(1);
    const before = await set.primary();
    await set.killPrimary();
    await expect.poll(() => set.primary().catch(() => before), { timeout: 30_000, interval: 200 }).not.toBe(before);
    const switched = await untilWritten(() => store.set('after-crash', { n: 2 }, 60_000));
    console.log(
      `killed primary: writes back ${switched.ms} ms after the sentinels named the new one (${switched.failed} calm failures meanwhile)`,
    );
    expect(await store.get('kept')).toEqual({ n: 1 });
    // A claim taken before the switch still holds: nobody else gets the key.
    expect(await store.add('claimed', { owner: 'second' }, 60_000)).toBe(false);
    expect(await store.get('claimed')).toEqual({ owner: 'first' });
  }, 90_000);

  it('holds a claim taken just before the primary dies, once a replica has said it holds it (as the app waits before a create)', async () => {
    // The store as the app makes it under Sentinel: one replica waited for after a claim.
    const { store } = sentinelStore(1);
    await untilWritten(() => store.set('warm', true, 60_000));
    const before = await set.primary();
    expect(await store.add('claim-before-create', { owner: 'first' }, 60_000)).toBe(true);
    // The app makes no create until a replica says so (on a busy machine that may take a second try).
    await expect.poll(() => store.replicated(), { timeout: 10_000 }).toBe(true);
    // The create would go out now; the primary dies at once, with no time for replication to catch up.
    await set.killPrimary();
    await expect.poll(() => set.primary().catch(() => before), { timeout: 30_000, interval: 200 }).not.toBe(before);
    await untilWritten(() => store.get('warm'));
    // A replay on the new primary finds the claim: it follows it as a lost answer, never creates again.
    expect(await store.add('claim-before-create', { owner: 'replay' }, 60_000)).toBe(false);
    expect(await store.get('claim-before-create')).toEqual({ owner: 'first' });
  }, 90_000);

  it('says when no replica holds a claim in time, and waits no longer than its bound', async () => {
    const { store } = sentinelStore(1);
    await untilWritten(() => store.set('warm', true, 60_000));
    await expect.poll(() => store.replicated(), { timeout: 10_000 }).toBe(true);
    const resume = await set.stallReplica();
    try {
      expect(await store.add('claim-unreplicated', { owner: 'first' }, 60_000)).toBe(true);
      const started = Date.now();
      expect(await store.replicated()).toBe(false);
      // Bounded (500 ms here), never the endless wait of a WAIT without a timeout; the margin is a busy machine's.
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      resume();
    }
    await expect.poll(() => store.replicated(), { timeout: 20_000, interval: 200 }).toBe(true);
  }, 90_000);

  it('rides a planned switch during a wave of writes: every write a replica acknowledged survives it', async () => {
    const { redis, store } = sentinelStore();
    const before = await set.primary();
    const keys = Array.from({ length: 40 }, (_, i) => `wave-${i}`);
    const replicated = new Set<string>();
    let failures = 0;
    const wave = (async () => {
      for (const key of keys) {
        const { failed } = await untilWritten(() => store.add(key, { key }, 60_000));
        failures += failed;
        // What the asynchronous replication window may lose is a write no replica has taken yet.
        if ((await redis.wait(1, 500).catch(() => 0)) >= 1) replicated.add(key);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await set.failover();
    await expect.poll(() => set.primary(), { timeout: 30_000, interval: 200 }).not.toBe(before);
    await wave;
    const present = new Set<string>();
    for (const key of keys) if ((await store.get(key)) !== undefined) present.add(key);
    const lost = keys.filter((key) => !present.has(key));
    console.log(
      `planned failover: ${keys.length} writes, ${failures} calm failures meanwhile, ${replicated.size} acknowledged by a replica, ${lost.length} lost in the replication window (${lost.join(', ') || 'none'})`,
    );
    for (const key of replicated) expect(present.has(key), key).toBe(true);
    expect(replicated.size).toBeGreaterThan(0);
  }, 90_000);
});
