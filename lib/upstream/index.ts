import 'server-only';
import { connection } from 'next/server';
import type { Failure } from '@/lib/failure';
import { isTatodeskError, type TatodeskError } from '@/lib/tatodesk';

export type { Failure };
export type Attempt<T> = { ok: true; data: T } | { ok: false; failure: Failure };

/** A Tatodesk error as a page speaks of it: its kind, and the first part of the logged request id. */
export const toFailure = (error: TatodeskError): Failure => ({
  kind: error.kind,
  reference: error.requestId.slice(0, 8),
});

/**
 * The status a route handler answers for a Tatodesk failure, as a gateway would: the upstream
 * too slow (504), away or busy (503), answering what we cannot use or refusing our key (502); a
 * request it refused (400) or a thing it does not have (404) are the caller's.
 */
export function upstreamStatus(error: TatodeskError): number {
  if (error.kind === 'not-found') return 404;
  if (error.kind === 'rejected' || error.kind === 'slot-unavailable') return 400;
  if (error.kind === 'contract' || error.kind === 'unauthorized') return 502;
  return error.timedOut ? 504 : 503;
}

/** The failure as JSON for a route handler, with its status. */
export function failureResponse(error: TatodeskError): Response {
  const { kind, reference } = toFailure(error);
  return Response.json({ error: kind, reference }, { status: upstreamStatus(error) });
}

/** Runs an upstream read; a Tatodesk failure becomes data the page renders calmly, anything else still throws. */
export async function attempt<T>(read: () => Promise<T>): Promise<Attempt<T>> {
  // Upstream data is per request: never fetch it while prerendering at build time.
  await connection();
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    // The client already logged the call with this id; the page shows its first part as a reference.
    return { ok: false, failure: toFailure(error) };
  }
}
