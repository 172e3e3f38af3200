import { describe, expect, it } from 'vitest';
import { TatodeskError, type TatodeskErrorKind } from '@/lib/tatodesk/errors';
import { upstreamStatus } from '@/lib/upstream';

const failure = (kind: TatodeskErrorKind, extra: { status?: number; cause?: unknown } = {}) =>
  new TatodeskError(kind, { endpoint: 'queryAppointment', requestId: 'r', ...extra });

describe('the status a route answers for an upstream failure', () => {
  it('speaks as a gateway: too slow 504, away 503, unusable or refusing our key 502', () => {
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    expect(upstreamStatus(failure('unavailable', { cause: timeout }))).toBe(504);
    expect(upstreamStatus(failure('unavailable', { status: 503 }))).toBe(503);
    expect(upstreamStatus(failure('unavailable', { cause: new TypeError('fetch failed') }))).toBe(503);
    expect(upstreamStatus(failure('contract', { status: 200 }))).toBe(502);
    expect(upstreamStatus(failure('unauthorized', { status: 401 }))).toBe(502);
  });

  it('leaves what the caller asked for as the caller’s: not found 404, refused 400', () => {
    expect(upstreamStatus(failure('not-found', { status: 404 }))).toBe(404);
    expect(upstreamStatus(failure('rejected', { status: 400 }))).toBe(400);
  });
});
