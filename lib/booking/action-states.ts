import type { DetailsInput, ErrorCode } from '@/lib/details/schema';
import type { Failure } from '@/lib/upstream';
import type { Proof } from './challenge';

/**
 * What the details action answers: everything typed, always, with every message, or an upstream
 * failure, or `unsaved` when the details could not be kept for the next page (the store is away),
 * or (a walk-in) `checking`: whether it was registered is being looked up; sending again makes nothing twice.
 */
export type DetailsState = {
  values?: DetailsInput;
  errors?: Record<string, ErrorCode>;
  failure?: Failure;
  unsaved?: boolean;
  checking?: boolean;
};

/**
 * What the confirm action answers when it does not go on to the confirmation: the upstream
 * refused or could not be reached (`unavailable`: nothing was booked), another request is still
 * booking (`inProgress`), an answer was lost and the booking is being looked for (`checking`),
 * it was looked for and not found (`notBooked`), the details are gone (`expired`), or the key
 * could not be claimed because the shared store is away (`storeUnavailable`: nothing was booked),
 * or this person already holds an active appointment where only one is allowed (`alreadyBooked`),
 * or too many creates (`slowDown`), or a proof of work is asked first (`prove`).
 */
export type ConfirmState = {
  problem?:
    | 'unavailable'
    | 'inProgress'
    | 'checking'
    | 'notBooked'
    | 'expired'
    | 'storeUnavailable'
    | 'alreadyBooked'
    | 'slowDown'
    | 'prove';
  /** `slowDown`: when to try again. */
  retryInMinutes?: number;
  reference?: string;
  /** `prove`: the work to do (solved by the page with JavaScript), or the ticket to post back after `waitSeconds`. */
  proof?: Proof;
  waitSeconds?: number;
};
