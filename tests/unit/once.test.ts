import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { store } from '@/lib/store';
import { NotKnownYet, oncePerKey, STALE_MS } from '@/lib/store/once';

type Sought = { cpf: string };
type Done = { protocol: string };

/** Each test its own prefix and keys: they run side by side. */
const keys = (landingMs = 4000) =>
  oncePerKey<Sought, Done, { kind: 'slowed' }>(`once-test-${randomUUID()}`, { doneMs: 60_000, landingMs });
const nothingFound = async () => undefined;
const never = () => false;

describe('one create per key', () => {
  it('lets one request claim a key; its twin waits and is answered with what it made', async () => {
    const once = keys();
    const key = randomUUID();
    const held = await once.claim(key, { cpf: '1' });
    expect(held).toBeDefined();
    expect(await once.claim(key, { cpf: '1' })).toBeUndefined();
    const twin = once.follow(key, nothingFound, never);
    await once.settle(key, { protocol: 'P1' });
    held!.stop();
    expect(await twin).toEqual({ kind: 'done', done: { protocol: 'P1' } });
  });

  it('answers a refused claim’s twins with the refusal, and frees a released key', async () => {
    const once = keys();
    const refusedKey = randomUUID();
    const refused = (await once.claim(refusedKey, { cpf: '1' }))!;
    await once.refuse(refused, { kind: 'slowed' });
    refused.stop();
    expect(await once.follow(refusedKey, nothingFound, never)).toEqual({
      kind: 'refused',
      refusal: { kind: 'slowed' },
    });
    const releasedKey = randomUUID();
    const released = (await once.claim(releasedKey, { cpf: '1' }))!;
    await once.release(released);
    released.stop();
    expect(await once.follow(releasedKey, nothingFound, never)).toEqual({ kind: 'absent' });
    expect(await once.claim(releasedKey, { cpf: '1' })).toBeDefined();
  });

  it('looks for a lost answer upstream: found is this key’s; not found is "checking" until it could have landed', async () => {
    const once = keys(60_000);
    const key = randomUUID();
    const held = (await once.claim(key, { cpf: '9' }))!;
    await once.lost(held);
    held.stop();
    // The key stays taken while nothing is known: nobody creates under it again.
    expect(await once.claim(key, { cpf: '9' })).toBeUndefined();
    expect(await once.follow(key, nothingFound, never)).toEqual({ kind: 'checking' });
    const asked: Sought[] = [];
    const find = async (sought: Sought) => (asked.push(sought), { protocol: 'FOUND' });
    expect(await once.follow(key, find, never)).toEqual({
      kind: 'found',
      found: { protocol: 'FOUND' },
      sought: { cpf: '9' },
    });
    expect(asked).toEqual([{ cpf: '9' }]);
  });

  it('frees a lost answer’s key once it could have landed and the upstream has nothing', async () => {
    const once = keys(0);
    const key = randomUUID();
    const held = (await once.claim(key, { cpf: '2' }))!;
    await once.lost(held);
    held.stop();
    expect(await once.follow(key, nothingFound, never)).toEqual({ kind: 'absent' });
    expect(await once.read(key)).toBeUndefined();
  });

  it('says "checking" when the upstream cannot say, and rethrows what is not the upstream’s', async () => {
    const once = keys(0);
    const key = randomUUID();
    const held = (await once.claim(key, { cpf: '3' }))!;
    await once.lost(held);
    held.stop();
    const unsure = (error: unknown) => error instanceof RangeError;
    expect(await once.follow(key, () => Promise.reject(new RangeError('down')), unsure)).toEqual({
      kind: 'checking',
    });
    expect(await once.follow(key, () => Promise.reject(new NotKnownYet('partial')), never)).toEqual({
      kind: 'checking',
    });
    await expect(once.follow(key, () => Promise.reject(new TypeError('a bug')), unsure)).rejects.toThrow('a bug');
  });

  it('takes over a claim whose owner went silent, as a lost answer from its last sign of life', async () => {
    const prefix = `once-test-${randomUUID()}`;
    const once = oncePerKey<Sought, Done>(prefix, { doneMs: 60_000, landingMs: 0 });
    const key = randomUUID();
    const silentSince = Date.now() - STALE_MS - 1000;
    await store().set(
      `${prefix}:${key}`,
      { state: 'pending', owner: 'gone', beat: silentSince, sought: { cpf: '4' } },
      60_000,
    );
    expect(await once.follow(key, async () => ({ protocol: 'P4' }), never)).toEqual({
      kind: 'found',
      found: { protocol: 'P4' },
      sought: { cpf: '4' },
    });
    expect(await once.read(key)).toEqual({ state: 'unknown', since: silentSince, sought: { cpf: '4' } });
  });
});
