import 'server-only';
import { after } from 'next/server';
import { getLocale } from 'next-intl/server';
import { grantAccess } from '@/lib/appointments/access';
import { notifyBooking } from '@/lib/appointments/notify';
import { formatAddress, formatDate } from '@/lib/format';
import { createAppointment, isTatodeskError, isTatodeskErrorOf } from '@/lib/tatodesk';
import { toFailure, type Failure } from '@/lib/upstream';
import { unitTime } from '@/lib/zone-name';
import { detailsSchema, type DetailsValues } from './details-schema';
import { clearDraft, readDraft } from './draft';
import { awaitOutcome, bookedProtocol, claim, release, settle } from './idempotency';
import type { Journey } from './journey';
import { rememberBooking } from './just-booked';
import { prepareDetails } from './prepare-details';
import type { Resolved } from './resolve';
import { stepHref } from './steps';

export type ConfirmOutcome =
  /** Booked now or before under this key: the confirmation is at `ref`. */
  | { kind: 'confirmed'; ref: string }
  /** A question needs a new answer (a time taken meanwhile, details no longer valid). */
  | { kind: 'redirect'; href: string }
  | { kind: 'expired' }
  | { kind: 'in-progress' }
  | { kind: 'unavailable'; failure: Failure };

/**
 * Books, once. Every ID is checked again against the upstream (an action is a public endpoint);
 * the key makes a double click, a retry or a reload give the same protocol; a time taken
 * meanwhile sends the citizen back to the times of the same day, details kept.
 */
export async function confirmBooking(key: string, input: Journey): Promise<ConfirmOutcome> {
  if (await bookedProtocol(key)) return { kind: 'confirmed', ref: key };
  const draft = await readDraft();
  if (!draft || draft.key !== key) return { kind: 'expired' };
  const prepared = await prepareDetails('details', input);
  if (prepared.kind === 'redirect') return prepared;
  if (prepared.kind === 'failed') return { kind: 'unavailable', failure: prepared.failure };
  const { journey, resolved, fields } = prepared;
  const details = detailsSchema(fields).safeParse(draft.details);
  if (!details.success) return { kind: 'redirect', href: stepHref('details', journey) };

  if (!(await claim(key))) {
    return (await awaitOutcome(key)) ? { kind: 'confirmed', ref: key } : { kind: 'in-progress' };
  }
  const outcome = await book(resolved, details.data);
  if (outcome.kind === 'booked') {
    await settle(key, outcome.protocol);
    await clearDraft();
    await grantAccess(outcome.protocol);
    await rememberBooking(key, {
      unit: resolved.unit!.id,
      serviceType: resolved.serviceType!.id,
      date: resolved.date!,
      time: resolved.time!,
    });
    await notifyAfterwards(outcome.protocol, resolved, details.data);
    return { kind: 'confirmed', ref: key };
  }
  await release(key);
  if (outcome.kind === 'taken') {
    const day = { ...journey, time: undefined };
    return { kind: 'redirect', href: stepHref('time', day, { notice: outcome.notice, return: 'check' }) };
  }
  return { kind: 'unavailable', failure: outcome.failure };
}

async function book(resolved: Resolved, details: DetailsValues) {
  try {
    const created = await createAppointment({
      companyId: resolved.company.id,
      unitId: resolved.unit!.id,
      serviceTypeId: resolved.serviceType!.id,
      date: resolved.date!,
      time: resolved.time!,
      client: { name: details.name, cpf: details.cpf, email: details.email, phone: details.phone },
      answers: Object.entries(details.answers)
        .filter(([, value]) => value !== '')
        .map(([key, value]) => ({ key, value })),
    });
    return { kind: 'booked' as const, protocol: created.protocol };
  } catch (error) {
    if (isTatodeskErrorOf(error, 'slot-unavailable')) return { kind: 'taken' as const, notice: 'slot-taken' };
    // The upstream refusing the day or hour (closed meanwhile) is, for the citizen, a time to choose again.
    if (isTatodeskErrorOf(error, 'rejected')) return { kind: 'taken' as const, notice: 'time-unavailable' };
    if (!isTatodeskError(error)) throw error;
    return { kind: 'failed' as const, failure: toFailure(error) };
  }
}

/** The confirmation sends, after the response: in the citizen's language, at the unit's clock. */
async function notifyAfterwards(protocol: string, resolved: Resolved, details: DetailsValues) {
  const { unit, serviceType } = resolved;
  const language = await getLocale();
  const time = await unitTime(resolved.time!, unit!.timeZone, language);
  after(() =>
    notifyBooking({
      protocol,
      name: details.name,
      email: details.email,
      phone: details.phone,
      service: serviceType!.name,
      unit: unit!.name,
      address: formatAddress(unit!.address),
      date: formatDate(resolved.date!, language, 'long'),
      time,
      language,
    }),
  );
}
