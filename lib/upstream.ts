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
