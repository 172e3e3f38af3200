import type { Failure } from '@/lib/failure';

/** What the cancellation form posts back to itself: the reason as typed, and what went wrong. */
export type CancelState = {
  reason?: string;
  error?: 'too-long';
  problem?: 'closed' | 'busy' | 'store';
  failure?: Failure;
};

export const REASON_MAX = 500;
