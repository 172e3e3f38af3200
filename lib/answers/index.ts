import { isDependantAnswer } from '@/lib/booking/dependant';
import { isConsentAnswer } from '@/lib/notices/consent';

/** The answer that says which staff member booked for a caller (lib/staff/on-behalf.ts writes it). */
export const BOOKED_BY_KEY = 'bookedBy';

/**
 * The answer kept with a booking under BOOKING_LIMIT: the person's keyed hash (never the CPF), by
 * which the report finds what they hold when the shared store has lost its index (lib/booking/holds.ts).
 */
export const HOLDER_KEY = 'bookingHolder';

/**
 * The answers that are the product's own records kept with an appointment (consent per channel,
 * who is responsible for the attendee, who booked for a caller), not the service's questions:
 * shown as what they mean, never as raw answers, and not carried into a new booking's answers.
 */
export const isRecordAnswer = (key: string) =>
  isConsentAnswer(key) || isDependantAnswer(key) || key === BOOKED_BY_KEY || key === HOLDER_KEY;
