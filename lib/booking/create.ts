import 'server-only';
import { answersToSend } from '@/lib/answers';
import { consentAnswers, type Consent } from '@/lib/answers/consent';
import { clientOf } from '@/lib/details/person';
import type { DetailsValues } from '@/lib/details/schema';
import { createAppointment, isTatodeskError } from '@/lib/tatodesk';
import type { Answer } from '@/lib/tatodesk/types';
import { toFailure, type Failure } from '@/lib/upstream';
import type { Sought } from './idempotency';

/** What a create's answer proves: booked, nothing booked (and why), or nothing known. */
export type Created =
  | { kind: 'booked'; protocol: string }
  /** The answer was lost: the booking may exist (reconcile before anything else). */
  | { kind: 'unknown' }
  /** The time was taken or closed meanwhile: the citizen chooses again. */
  | { kind: 'taken'; notice: 'slot-taken' | 'time-unavailable' }
  | { kind: 'failed'; failure: Failure };

/** A tick on a channel counts only with a phone to send to. */
export const consentGiven = (details: Pick<DetailsValues, 'phone' | 'whatsapp' | 'sms'>): Consent => ({
  whatsapp: details.whatsapp && details.phone !== '',
  sms: details.sms && details.phone !== '',
});

/**
 * Schedule Attendance, with the person's answers and the product's records beside them (what they
 * consented to on the phone, for the reminders; `marks`: who booked for a caller, the limit's mark).
 */
export async function create(sought: Sought, details: DetailsValues, marks: Answer[]): Promise<Created> {
  try {
    const created = await createAppointment({
      companyId: sought.companyId,
      unitId: sought.unitId,
      serviceTypeId: sought.serviceTypeId,
      date: sought.date,
      time: sought.time,
      client: clientOf(details),
      answers: answersToSend(details, consentAnswers(consentGiven(details)), marks),
    });
    return { kind: 'booked', protocol: created.protocol };
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    if (!error.provesNothingDone) return { kind: 'unknown' };
    if (error.kind === 'slot-unavailable') return { kind: 'taken', notice: 'slot-taken' };
    // The upstream refusing the day or hour (closed meanwhile) is, for the citizen, a time to choose again.
    if (error.kind === 'rejected') return { kind: 'taken', notice: 'time-unavailable' };
    return { kind: 'failed', failure: toFailure(error) };
  }
}

/** The outcome of a create as the operators' metrics name it. */
export const createdMetric = { booked: 'booked', unknown: 'unknown', taken: 'slot_taken', failed: 'failed' } as const;
