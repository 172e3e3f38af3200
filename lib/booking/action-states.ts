import type { Failure } from '@/lib/upstream';
import type { DetailsInput, ErrorCode } from './details-schema';

/** What the details action answers: every message, everything typed, or an upstream failure. */
export type DetailsState = {
  values?: DetailsInput;
  errors?: Record<string, ErrorCode>;
  failure?: Failure;
};

/** What the confirm action answers when it does not go on to the confirmation. */
export type ConfirmState = { problem?: 'unavailable' | 'inProgress' | 'expired'; reference?: string };
