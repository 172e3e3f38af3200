import { describe, expect, it, vi } from 'vitest';

describe('a store-unavailable error', () => {
  it('is recognised by another copy of the module, as the bundler may load it twice', async () => {
    const first = await import('@/lib/store/types');
    vi.resetModules();
    const second = await import('@/lib/store/types');
    expect(second.StoreUnavailableError).not.toBe(first.StoreUnavailableError);
    const thrown = new first.StoreUnavailableError(new Error('redis is away'));
    expect(second.isStoreUnavailable(thrown)).toBe(true);
    expect(second.isStoreUnavailable(new Error('the shared store is unavailable'))).toBe(false);
    expect(second.isStoreUnavailable(undefined)).toBe(false);
  });
});

describe('a Tatodesk error', () => {
  it('is recognised by another copy of the module, as the bundler may load it twice', async () => {
    const first = await import('@/lib/tatodesk/errors');
    vi.resetModules();
    const second = await import('@/lib/tatodesk/errors');
    expect(second.TatodeskError).not.toBe(first.TatodeskError);
    const thrown = new first.TatodeskError('unavailable', { endpoint: 'inPersonReport', requestId: 'r1' });
    expect(second.isTatodeskError(thrown)).toBe(true);
    expect(second.isTatodeskErrorOf(thrown, 'unavailable')).toBe(true);
    expect(second.isTatodeskError(new Error('Tatodesk inPersonReport: unavailable'))).toBe(false);
    expect(second.isTatodeskError(null)).toBe(false);
  });
});
