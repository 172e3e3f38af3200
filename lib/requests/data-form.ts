import type { Failure } from '@/lib/upstream';

/** What the "my data" form answers when it does not go on: every value kept, with its message. */
export type DataRequestState = {
  kind?: string;
  details?: string;
  errors?: { kind?: 'kindRequired'; details?: 'tooLong' };
  problem?: 'busy' | 'store';
  failure?: Failure;
};
