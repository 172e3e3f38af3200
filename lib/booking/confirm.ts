import 'server-only';
import { getLocale } from 'next-intl/server';
import { grantAccess } from '@/lib/appointments/access';
import { BRASILIA, dayIn } from '@/lib/format/time';
import { clientKey } from '@/lib/http/client-key';
import { bookingNotice } from '@/lib/notices/booking-notice';
import { consentAnswers, consentOf, type Consent } from '@/lib/notices/consent';
import { rememberLanguage } from '@/lib/notices/language';
import { enqueueNotices, enqueueResend } from '@/lib/notices/queue';
import { log } from '@/lib/ops/log';
import { metrics } from '@/lib/ops/metrics';
import { releaseReplaced } from '@/lib/requests/replacing';
import { bookedByAnswer, onBehalf } from '@/lib/staff/on-behalf';
import { isStoreUnavailable } from '@/lib/store';
import { createAppointment, isTatodeskError, type Appointment } from '@/lib/tatodesk';
import { toFailure, type Failure } from '@/lib/upstream';
import { availability } from './availability';
import { checkProof, noteSuspicious, proofAsked, type Posted, type Proof } from './challenge';
import { countClientCreate, countPersonCreate } from './create-limits';
import { attendeeIdentity, bookerCpf, clientOf, dependantAnswers, visitOf } from './dependant';
import { detailsSchema, type DetailsValues } from './details-schema';
import { clearDraft, readDraft } from './draft';
import { checkHold, holderAnswers } from './holds';
import {
  awaitOutcome,
  claim,
  forget,
  isStale,
  markUnknown,
  readEntry,
  refuse,
  release,
  settle,
  type Claim,
  type Entry,
  type Refusal,
  type Receipt,
  type Sought,
} from './idempotency';
import type { Journey } from './journey';
import { rememberBooking } from './just-booked';
import { prepareDetails } from './prepare-details';
import { hasPriority, PRIORITY_KEY } from './priority';
import { findBooking } from './reconcile';
import type { Resolved } from './resolve';
import { stepHref } from './steps';

/**
 * How long a create whose answer was lost may still land upstream: until then, not finding the
 * booking does not yet mean it was not made.
 */
const LANDING_MS = 4000;

export type ConfirmOutcome =
  /** Booked now or before under this key: the confirmation is at `ref`. */
  | { kind: 'confirmed'; ref: string }
  /** Booked now, but the key could not be written (the store is away): only the protocol says so. */
  | { kind: 'booked-unrecorded'; protocol: string }
  /** A question needs a new answer (a time taken meanwhile, details no longer valid). */
  | { kind: 'redirect'; href: string }
  | { kind: 'expired' }
  /** Another request holds the key and is still waiting for the upstream. */
  | { kind: 'in-progress' }
  /** The create's answer was lost and the upstream cannot yet say whether it booked. */
  | { kind: 'checking' }
  /** Too many bookings from this client or for this person in the window: nothing was made. */
  | { kind: 'slowed'; retryInMinutes: number }
  /** This person already holds an active appointment in the scope (BOOKING_LIMIT). */
  | { kind: 'already-booked'; protocol: string }
  /** A proof of work is asked first (CHALLENGE): solved by the page, or waited for without JavaScript. */
  | { kind: 'prove'; proof: Proof; waitSeconds: number }
  /** The upstream said nothing was booked (refused, or no such booking after a lost answer). */
  | { kind: 'not-booked'; failure?: Failure };

/**
 * Books, once. Every ID is checked again against the upstream (an action is a public endpoint);
 * the key makes a double click, a retry, a reload or a replay on another instance give the same
 * protocol; a time taken meanwhile sends the citizen back to the times of the same day, details
 * kept. An answer that does not prove the create failed never frees the key: the upstream is
 * asked first (reconcile.ts).
 */
export async function confirmBooking(key: string, input: Journey, proof: Posted = {}): Promise<ConfirmOutcome> {
  const entry = await readEntry(key);
  if (entry) return follow(key, entry);
  const draft = await readDraft();
  if (!draft || draft.key !== key) {
    // A twin of this request (a double click, a balancer's retry) may have just settled it.
    const again = await readEntry(key);
    return again ? follow(key, again) : { kind: 'expired' };
  }
  const prepared = await prepareDetails('details', input);
  if (prepared.kind === 'redirect') return prepared;
  if (prepared.kind === 'failed') return { kind: 'not-booked', failure: prepared.failure };
  const { journey, resolved, fields } = prepared;
  const details = detailsSchema(fields).safeParse(draft.details);
  if (!draft.checked || !details.success) return { kind: 'redirect', href: stepHref('details', journey) };

  const sought: Sought = {
    companyId: resolved.company.id,
    unitId: resolved.unit!.id,
    serviceTypeId: resolved.serviceType!.id,
    date: resolved.date!,
    time: resolved.time!,
    // Tatodesk's client's CPF (the responsible's, for a newborn without one): what a lost answer is found by.
    cpf: clientOf(details.data).cpf,
  };
  // The key first: a twin of this request (a double click, a balancer's replay) is answered from it,
  // and only the request that holds it meets the gates, spends the limits, and creates.
  const held = await claim(key, sought);
  if (!held) return follow(key, await readEntry(key));
  const exempt = Boolean(await onBehalf());
  let hold: Awaited<ReturnType<typeof checkHold>> | undefined;
  try {
    const refused = await admit(key, details.data, exempt, proof);
    if (refused) return await refuseWith(held, refused);
    // One active appointment per person and scope (BOOKING_LIMIT), race-free across tabs and instances.
    hold = await checkHold(
      { companyId: sought.companyId, categoryId: resolved.category?.id, serviceTypeId: sought.serviceTypeId },
      attendeeIdentity(details.data),
      sought.date,
      { replacing: draft.replaces, exempt },
    );
    if (hold.kind === 'held') {
      // Never shown to whoever typed the CPF: its confirmation goes again to the contact on file.
      await enqueueResend(hold.protocol, dayIn(Date.now(), BRASILIA)).catch((error: unknown) =>
        log.warn({ err: (error as Error).message }, 'confirmation not sent again'),
      );
      return await refuseWith(held, { kind: 'already-booked', protocol: hold.protocol });
    }
    return await bookClaimed(held, sought, resolved, journey, details.data, hold.record);
  } finally {
    held.stop();
    if (hold?.kind === 'free') await hold.release().catch(() => undefined);
  }
}

type Gate = Exclude<
  ConfirmOutcome,
  {
    kind:
      | 'confirmed'
      | 'booked-unrecorded'
      | 'redirect'
      | 'expired'
      | 'in-progress'
      | 'checking'
      | 'already-booked'
      | 'not-booked';
  }
>;

/**
 * The gates a create passes (staff booking for a caller apart): while traffic looks automated or
 * this address has made many creates, a proof of work (or, without JavaScript, a short wait); then
 * creates per client and per person, counted before anything is made. Nothing when the request may go on.
 */
async function admit(key: string, details: DetailsValues, exempt: boolean, proof: Posted): Promise<Gate | undefined> {
  if (exempt) return undefined;
  const client = await clientKey();
  const fromClient = await countClientCreate(client);
  if (!fromClient.ok) return slowed(fromClient.retryInMinutes);
  if (await proofAsked(fromClient.mustProve)) {
    const verdict = await checkProof(proof, key, client);
    if (!verdict.passed) {
      // Posted without the proof its page would have asked for: a script that never reads the page.
      if (!proof.altcha && !proof.ticket) await noteSuspicious('no-proof');
      return { kind: 'prove', proof: verdict.proof, waitSeconds: verdict.waitSeconds };
    }
  }
  const byPerson = await countPersonCreate(bookerCpf(details));
  if (!byPerson.ok) return slowed(byPerson.retryInMinutes);
  return undefined;
}

async function slowed(retryInMinutes: number): Promise<Gate> {
  await noteSuspicious('create-limit');
  metrics().limited.inc({ what: 'create' });
  return { kind: 'slowed', retryInMinutes };
}

/** A gate said no: nothing was created; the key tells the request's twins so, for a few seconds. */
async function refuseWith(held: Claim, outcome: Gate | { kind: 'already-booked'; protocol: string }) {
  const refusal: Refusal = outcome.kind === 'prove' ? { kind: 'prove', waitSeconds: outcome.waitSeconds } : outcome;
  await refuse(held, refusal).catch(() => undefined);
  return outcome;
}

async function bookClaimed(
  held: Claim,
  sought: Sought,
  resolved: Resolved,
  journey: Journey,
  details: DetailsValues,
  record: (protocol: string, date: string) => Promise<void>,
): Promise<ConfirmOutcome> {
  const key = held.key;
  // Staff booking for a caller: marked as theirs among the answers Tatodesk keeps.
  const agent = await onBehalf();
  // And, under the booking limit, the person's keyed hash, for the report to find should the store forget.
  const marks = [...(agent ? [bookedByAnswer(agent)] : []), ...holderAnswers(attendeeIdentity(details))];
  const outcome = await book(sought, details, marks);
  metrics().bookings.inc({ outcome: bookingOutcome[outcome.kind] });
  if (outcome.kind === 'booked') {
    await quietly(record(outcome.protocol, sought.date));
    return booked(key, outcome.protocol, {
      ...placeOf(resolved),
      person: details,
      consent: consentGiven(details),
      priority: details.answers[PRIORITY_KEY] === 'true',
      visit: visitOf({ client: clientOf(details), answers: dependantAnswers(details) }),
    });
  }
  if (outcome.kind === 'unknown') {
    await markUnknown(key, held.current, sought);
    return reconcile(key);
  }
  await release(held);
  if (outcome.kind === 'taken') {
    // The upstream says the day is not what the micro-cache holds: nobody is offered it from there again.
    await availability.changed({ unitId: sought.unitId, serviceTypeId: sought.serviceTypeId, date: sought.date });
    const day = { ...journey, time: undefined };
    return { kind: 'redirect', href: stepHref('time', day, { notice: outcome.notice, return: 'check' }) };
  }
  return { kind: 'not-booked', failure: outcome.failure };
}

/** A key some request already claimed: its confirmation, its outcome once known, or a check upstream. */
async function follow(key: string, entry: Entry | undefined): Promise<ConfirmOutcome> {
  if (entry?.state === 'pending' && !isStale(entry)) entry = await awaitOutcome(key);
  if (!entry) return { kind: 'not-booked' };
  if (entry.state === 'refused') return refusedTwin(key, entry.refusal);
  if (entry.state === 'done') {
    // The key is this browser's own (its check page carried it): it may see what was booked under it.
    await grantAccess(entry.protocol);
    return { kind: 'confirmed', ref: key };
  }
  if (entry.state === 'pending') {
    if (!isStale(entry)) return { kind: 'in-progress' };
    // Its owner went silent (an instance gone mid-create): from its last sign of life, ask upstream.
    await markUnknown(key, entry, entry.sought, entry.beat);
  }
  return reconcile(key);
}

/** The answer a gate gave this request's twin; a proof of work is asked of each request itself. */
async function refusedTwin(key: string, refusal: Refusal): Promise<ConfirmOutcome> {
  if (refusal.kind !== 'prove') return refusal;
  const verdict = await checkProof({}, key, await clientKey());
  return verdict.passed
    ? { kind: 'in-progress' }
    : { kind: 'prove', proof: verdict.proof, waitSeconds: verdict.waitSeconds };
}

/**
 * The create's answer was lost: look for the booking upstream. Found, it is this key's booking.
 * Not found once the create has had time to land, the key is freed and the citizen may confirm
 * again; sooner, or when the upstream cannot answer, the citizen is told it is being checked.
 */
async function reconcile(key: string): Promise<ConfirmOutcome> {
  const entry = await readEntry(key);
  if (entry?.state !== 'unknown') return entry ? follow(key, entry) : { kind: 'not-booked' };
  let found: Appointment | undefined;
  try {
    found = await findBooking(entry.sought);
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    return { kind: 'checking' };
  }
  if (found) {
    return booked(key, found.protocol, {
      company: found.company,
      unit: found.unit,
      serviceType: found.serviceType,
      date: found.date,
      time: found.time ?? entry.sought.time,
      person: found.client,
      consent: consentOf(found.answers),
      priority: hasPriority(found.answers),
      visit: visitOf(found),
    });
  }
  if (Date.now() - entry.since < LANDING_MS) return { kind: 'checking' };
  await forget(key, entry);
  return { kind: 'not-booked' };
}

/** The outcome of a create as the operators' metrics name it. */
const bookingOutcome = { booked: 'booked', unknown: 'unknown', taken: 'slot_taken', failed: 'failed' } as const;

/** A tick on a channel counts only with a phone to send to. */
const consentGiven = (details: Pick<DetailsValues, 'phone' | 'whatsapp' | 'sms'>): Consent => ({
  whatsapp: details.whatsapp && details.phone !== '',
  sms: details.sms && details.phone !== '',
});

async function book(sought: Sought, details: DetailsValues, marks: { key: string; value: string }[]) {
  try {
    const created = await createAppointment({
      companyId: sought.companyId,
      unitId: sought.unitId,
      serviceTypeId: sought.serviceTypeId,
      date: sought.date,
      time: sought.time,
      client: clientOf(details),
      answers: [
        ...Object.entries(details.answers)
          .filter(([, value]) => value !== '')
          .map(([key, value]) => ({ key, value })),
        // What the person consented to on the phone: kept with the appointment for the reminders.
        ...consentAnswers(consentGiven(details)),
        // Who is responsible, when it is for someone else: found by either CPF, known at the counter.
        ...dependantAnswers(details),
        ...marks,
      ],
    });
    return { kind: 'booked' as const, protocol: created.protocol };
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    if (!error.provesNothingDone) return { kind: 'unknown' as const };
    if (error.kind === 'slot-unavailable') return { kind: 'taken' as const, notice: 'slot-taken' };
    // The upstream refusing the day or hour (closed meanwhile) is, for the citizen, a time to choose again.
    if (error.kind === 'rejected') return { kind: 'taken' as const, notice: 'time-unavailable' };
    return { kind: 'failed' as const, failure: toFailure(error) };
  }
}

type Booked = Omit<Receipt, 'protocol' | 'email' | 'phone' | 'time'> & {
  time: string;
  person: { name: string; email: string; phone: string };
  /** Messages on the phone the person consented to. */
  consent: Consent;
  /** Said to have the right to priority service. */
  priority: boolean;
};

const placeOf = ({ company, unit, serviceType, ...chosen }: Resolved) => ({
  company: { id: company.id, name: company.name },
  unit: { id: unit!.id, name: unit!.name, address: unit!.address, timeZone: unit!.timeZone },
  serviceType: {
    id: serviceType!.id,
    name: serviceType!.name,
    requiredDocuments: serviceType!.requiredDocuments,
    durationMinutes: serviceType!.durationMinutes,
  },
  date: chosen.date!,
  time: chosen.time!,
});

/**
 * What follows a booking, whichever request learnt of it: the key remembers the protocol, the
 * draft goes, this browser may see the appointment, the check page knows it was booked, and the
 * confirmation is sent. Only the key matters to the citizen: without it, the protocol is shown
 * straight away; the rest is let go when the store is away.
 */
async function booked(key: string, protocol: string, place: Booked): Promise<ConfirmOutcome> {
  const { person, ...where } = place;
  // The time is taken now: the micro-cache's copy of the day no longer offers it to anyone.
  await availability.changed({ unitId: place.unit.id, serviceTypeId: place.serviceType.id, date: place.date });
  // A new time chosen for an appointment: its draft says which (gone once this booking is cleared up).
  const draft = await readDraft().catch(() => undefined);
  const replaces = draft?.key === key && draft.replaces !== protocol ? draft.replaces : undefined;
  const receipt: Receipt = {
    protocol,
    company: where.company,
    unit: where.unit,
    serviceType: where.serviceType,
    date: where.date,
    time: where.time,
    email: person.email,
    phone: person.phone,
    replaces,
    consent: place.consent,
    priority: place.priority,
    visit: place.visit,
  };
  let recorded = true;
  try {
    await settle(key, receipt);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    recorded = false;
  }
  await grantAccess(protocol);
  await Promise.all([
    quietly(clearDraft()),
    quietly(
      rememberBooking(key, {
        unit: place.unit.id,
        serviceType: place.serviceType.id,
        date: place.date,
        time: place.time,
      }),
    ),
  ]);
  await Promise.all([
    queueConfirmation(protocol, place),
    replaces && releaseReplaced(replaces, protocol, await getLocale()),
  ]);
  return recorded ? { kind: 'confirmed', ref: key } : { kind: 'booked-unrecorded', protocol };
}

/** A step that only makes things smoother: the store being away does not stop the booking. */
async function quietly(step: Promise<void>): Promise<void> {
  try {
    await step;
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
  }
}

/**
 * The confirmation, queued before the page answers (a crash or a restart after the booking does not
 * lose it), in the citizen's language at the unit's clock; the language is kept for the reminders.
 * A queue that cannot take it is logged: it never undoes or delays the booking.
 */
async function queueConfirmation(protocol: string, booked: Booked) {
  const language = await getLocale();
  try {
    await rememberLanguage(protocol, language).catch((error: unknown) => {
      if (!isStoreUnavailable(error)) throw error;
    });
    const notice = await bookingNotice(
      {
        protocol,
        person: booked.person,
        consent: booked.consent,
        service: booked.serviceType.name,
        unit: booked.unit,
        date: booked.date,
        time: booked.time,
      },
      language,
    );
    await enqueueNotices(notice, 'confirmation');
  } catch (error) {
    log.error({ protocol, err: (error as Error).message }, 'booking confirmation not queued');
  }
}
