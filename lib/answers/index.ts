import type { Answer } from '@/lib/tatodesk/types';
import { BOOKED_BY_KEY } from './booked-by';
import { isConsentAnswer } from './consent';
import { dependantAnswers, isDependantAnswer, type Responsibility } from './dependant';
import { WALK_IN_KEY } from './walk-in';

/**
 * The answers kept with an appointment in Tatodesk: the service's own questions as the person
 * answered them, and the product's own records beside them (this folder: consent per channel,
 * who is responsible for the attendee, priority, who booked for a caller, the booking limit's mark).
 */

/**
 * The answer kept with a booking under BOOKING_LIMIT: the person's keyed hash (never the CPF), by
 * which the report finds what they hold when the shared store has lost its index (lib/booking/holds.ts).
 */
export const HOLDER_KEY = 'bookingHolder';

/**
 * The answers that are the product's records kept with an appointment, not the service's
 * questions: shown as what they mean, never as raw answers, and not carried into a new booking's answers.
 */
export const isRecordAnswer = (key: string) =>
  isConsentAnswer(key) || isDependantAnswer(key) || [BOOKED_BY_KEY, HOLDER_KEY, WALK_IN_KEY].includes(key);

/**
 * The answers a create sends (a booking online or by staff, a walk-in at the counter): the
 * questions answered (an empty one is not sent), who is responsible when it is for someone else,
 * then the records the caller adds (consent, who booked, the booking limit's mark).
 */
export const answersToSend = (
  details: Responsibility & { answers: Record<string, string> },
  ...records: readonly Answer[][]
): Answer[] => [
  ...Object.entries(details.answers)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => ({ key, value })),
  ...dependantAnswers(details),
  ...records.flat(),
];
