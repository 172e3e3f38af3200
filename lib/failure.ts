import type { TatodeskErrorKind } from '@/lib/tatodesk/types';

/**
 * What a page needs to speak about a failed upstream call: never the error itself. Safe for
 * client components (the error page speaks of failures too): no server code here.
 */
export type Failure = { kind: TatodeskErrorKind; reference: string };

/** The shared store (Redis) did not answer: the digest its error carries to the error page. */
export const STORE_UNAVAILABLE = 'store-unavailable';
