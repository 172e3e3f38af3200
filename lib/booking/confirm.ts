import 'server-only';
import { bookedByAnswer } from '@/lib/answers/booked-by';
import { consentOf } from '@/lib/answers/consent';
import { dependantAnswers, visitOf } from '@/lib/answers/dependant';
import { hasPriority } from '@/lib/answers/priority';
import { PRIORITY_KEY } from '@/lib/answers/priority-question';
import { grantAccess } from '@/lib/appointments/access';
import { attendeeIdentity, clientOf } from '@/lib/details/person';
import type { DetailsValues } from '@/lib/details/schema';
import { metrics } from '@/lib/ops/metrics';
import { onBehalf } from '@/lib/staff/on-behalf';
import { isTatodeskError, type Appointment } from '@/lib/tatodesk';
import type { Failure } from '@/lib/upstream';
import { admit, refusalOf, refusedTwin, type Gate } from './admission';
import { afterBooking, quietly, type Booked, type Settled } from './aftermath';
import { availability } from './availability';
import type { Posted } from './challenge';
import { consentGiven, create, createdMetric } from './create';
import { readDraft, type Draft } from './draft';
import { holderAnswers } from './holds';
import { bookingKeys, type BookingEntry, type Sought } from './idempotency';
import type { Journey } from './journey';
import { prepareCheck } from './prepare-check';
import { findBooking } from './reconcile';
import type { ResolvedAt } from './resolve';
import { stepHref } from './steps';

export type ConfirmOutcome =
  /** Booked now or before under this key: the confirmation is at `ref` (or, the store away, only the protocol). */
  | Settled
  /** A question needs a new answer (a time taken meanwhile, details no longer valid). */
  | { kind: 'redirect'; href: string }
  | { kind: 'expired' }
  /** Another request holds the key and is still waiting for the upstream. */
  | { kind: 'in-progress' }
  /** The create's answer was lost and the upstream cannot yet say whether it booked. */
  | { kind: 'checking' }
  /** A gate said no before anything was made (admission.ts). */
  | Gate
  /** The upstream said nothing was booked (refused, or no such booking after a lost answer). */
  | { kind: 'not-booked'; failure?: Failure };

/**
 * Books, once. The hand-offs of a confirm, from the check page's form to Tatodesk and back:
 * 1. the key (idempotency.ts): a key already claimed or settled is answered from it, first;
 * 2. the draft and the journey (prepare-check.ts), every ID checked again against the upstream;
 * 3. the claim: only the request that holds the key goes on;
 * 4. the gates (admission.ts): proof of work, creates per client and person, the booking limit;
 * 5. the create (create.ts): booked, taken meanwhile (back to the day's times, details kept),
 *    refused, or unknown: an answer that does not prove the create failed never frees the key,
 *    the upstream is asked first (reconcile.ts);
 * 6. the aftermath (aftermath.ts): the receipt under the key, the confirmation queued.
 */
export async function confirmBooking(key: string, input: Journey, proof: Posted = {}): Promise<ConfirmOutcome> {
  const entry = await bookingKeys.read(key);
  if (entry) return follow(key, undefined, entry);
  const draft = await readDraft();
  // A twin of this request (a double click, a balancer's retry) may have just settled it.
  if (!draft || draft.key !== key) {
    const again = await bookingKeys.read(key);
    return again ? follow(key, draft, again) : { kind: 'expired' };
  }
  const prepared = await prepareCheck('details', input, draft);
  if (prepared.kind === 'redirect') return prepared;
  if (prepared.kind === 'failed') return { kind: 'not-booked', failure: prepared.failure };
  const { journey, resolved, details } = prepared;
  const sought: Sought = {
    companyId: resolved.company.id,
    unitId: resolved.unit.id,
    serviceTypeId: resolved.serviceType.id,
    date: resolved.date,
    time: resolved.time,
    // Tatodesk's client's CPF (the responsible's, for a newborn without one): what a lost answer is found by.
    cpf: clientOf(details).cpf,
  };
  // The key first: a twin of this request is answered from it, and only the request that holds it
  // meets the gates, spends the limits, and creates.
  const held = await bookingKeys.claim(key, sought);
  if (!held) return follow(key, draft);
  const agent = await onBehalf();
  let release: (() => Promise<void>) | undefined;
  try {
    const scope = {
      companyId: sought.companyId,
      categoryId: resolved.category.id,
      serviceTypeId: sought.serviceTypeId,
    };
    const admission = await admit(
      key,
      details,
      { ...scope, date: sought.date, replacing: draft.replaces },
      Boolean(agent),
      proof,
    );
    if (admission.kind !== 'ok') {
      // Nothing was created; the key tells the request's twins so, for a few seconds.
      await bookingKeys.refuse(held, refusalOf(admission)).catch(() => undefined);
      return admission;
    }
    release = admission.hold.release;
    // Staff booking for a caller: marked as theirs; under the booking limit, the person's keyed hash.
    const marks = [...(agent ? [bookedByAnswer(agent)] : []), ...holderAnswers(attendeeIdentity(details))];
    const created = await create(sought, details, marks);
    metrics().bookings.inc({ outcome: createdMetric[created.kind] });
    switch (created.kind) {
      case 'booked':
        await quietly(admission.hold.record(created.protocol, sought.date));
        return afterBooking(key, chosen(created.protocol, resolved, details), draft);
      case 'unknown':
        await bookingKeys.lost(held);
        return follow(key, draft);
      case 'taken': {
        await bookingKeys.release(held);
        // The upstream says the day is not what the micro-cache holds: nobody is offered it from there again.
        await availability.changed({ unitId: sought.unitId, serviceTypeId: sought.serviceTypeId, date: sought.date });
        const day = { ...journey, time: undefined };
        return { kind: 'redirect', href: stepHref('time', day, { notice: created.notice, return: 'check' }) };
      }
    }
    await bookingKeys.release(held);
    return { kind: 'not-booked', failure: created.failure };
  } finally {
    held.stop();
    await release?.().catch(() => undefined);
  }
}

/**
 * A key some request claimed, followed to its end (lib/store/once.ts): its confirmation, a gate's
 * answer, its outcome once known, or the booking looked for upstream when its answer was lost.
 */
async function follow(key: string, draft: Draft | undefined, entry?: BookingEntry): Promise<ConfirmOutcome> {
  const followed = await bookingKeys.follow(key, findBooking, isTatodeskError, entry);
  switch (followed.kind) {
    case 'done':
      // The key is this browser's own (its check page carried it): it may see what was booked under it.
      await grantAccess(followed.done.protocol);
      return { kind: 'confirmed', ref: key };
    case 'refused':
      return refusedTwin(key, followed.refusal);
    case 'found':
      return afterBooking(
        key,
        found(followed.found, followed.sought),
        draft ?? (await readDraft().catch(() => undefined)),
      );
    case 'absent':
      return { kind: 'not-booked' };
    default:
      return followed;
  }
}

/** The booking as the citizen chose it (the create's own answer gives only the protocol). */
const chosen = (protocol: string, resolved: ResolvedAt<'check'>, details: DetailsValues): Booked => ({
  protocol,
  company: { id: resolved.company.id, name: resolved.company.name },
  unit: pickUnit(resolved.unit),
  serviceType: {
    id: resolved.serviceType.id,
    name: resolved.serviceType.name,
    requiredDocuments: resolved.serviceType.requiredDocuments,
    durationMinutes: resolved.serviceType.durationMinutes,
  },
  date: resolved.date,
  time: resolved.time,
  name: details.name,
  email: details.email,
  phone: details.phone,
  consent: consentGiven(details),
  priority: details.answers[PRIORITY_KEY] === 'true',
  visit: visitOf({ client: clientOf(details), answers: dependantAnswers(details) }),
});

/** The booking as the upstream holds it, found after its create's answer was lost. */
const found = (a: Appointment, sought: Sought): Booked => ({
  protocol: a.protocol,
  company: a.company,
  unit: pickUnit(a.unit),
  serviceType: a.serviceType,
  date: a.date,
  time: a.time ?? sought.time,
  name: a.client.name,
  email: a.client.email,
  phone: a.client.phone,
  consent: consentOf(a.answers),
  priority: hasPriority(a.answers),
  visit: visitOf(a),
});

const pickUnit = ({ id, name, address, timeZone }: Booked['unit']) => ({ id, name, address, timeZone });
