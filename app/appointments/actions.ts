'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { isRecordAnswer } from '@/lib/answers';
import { grantAccess, hasAccess, revokeAllAccess } from '@/lib/appointments/access';
import { lookUp } from '@/lib/appointments/lookup';
import { lookupSchema, type LookupErrorCode, type LookupState } from '@/lib/appointments/lookup-schema';
import { saveDraft } from '@/lib/booking/draft';
import { journeyFor } from '@/lib/booking/journey-for';
import { stepHref } from '@/lib/booking/steps';
import { personDetails } from '@/lib/details/person';
import { formArgument } from '@/lib/http/action-arguments';
import { notFoundPage } from '@/lib/http/not-found';
import { admitLookup } from '@/lib/limits/lookup-crowd';
import { lookupHref, PROTOCOL_PATTERN } from '@/lib/protocol';
import { actionEvent, type JourneyEvent } from '@/lib/pulse/events';
import { acceptsRequests, findRequest, requestRelease } from '@/lib/requests';
import { REASON_MAX, type CancelState } from '@/lib/requests/cancel-form';
import { dataRequestKinds, DETAILS_MAX, requestAboutData } from '@/lib/requests/data';
import type { DataRequestState } from '@/lib/requests/data-form';
import { consentNow, withdrawConsent } from '@/lib/requests/withdrawals';
import { isStoreUnavailable } from '@/lib/store';
import { getAppointment, isTatodeskError } from '@/lib/tatodesk';
import { toFailure } from '@/lib/upstream';

/** A lookup's outcome, counted and sent to Pulse as a journey of its own (never the protocol or the person). */
const noteLookup = (outcome: Extract<JourneyEvent, { name: 'lookup' }>['outcome']) =>
  actionEvent({ name: 'lookup', outcome });

export async function lookUpAppointment(_previous: LookupState, posted: FormData): Promise<LookupState> {
  const form = formArgument(posted);
  const values = {
    protocol: String(form.get('protocol') ?? ''),
    cpf: String(form.get('cpf') ?? ''),
    contact: String(form.get('contact') ?? ''),
  };
  const parsed = lookupSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    await noteLookup('invalid');
    return {
      values,
      errors: {
        protocol: fieldErrors.protocol?.[0] as LookupErrorCode,
        cpf: fieldErrors.cpf?.[0] as LookupErrorCode,
        contact: fieldErrors.contact?.[0] as LookupErrorCode,
      },
    };
  }
  // A crowd of lookups beyond what this instance takes: said at the form, what was typed kept.
  if ((await headers()).has('next-action') && !(await admitLookup())) {
    await noteLookup('busy');
    return { values, problem: 'busy' };
  }
  let outcome;
  try {
    outcome = await lookUp(parsed.data);
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    await noteLookup('failed');
    return { values, failure: toFailure(error) };
  }
  await noteLookup(outcome.kind);
  if (outcome.kind === 'limited') return { values, problem: 'limited', retryInMinutes: outcome.retryInMinutes };
  if (outcome.kind === 'not-found') return { values, problem: 'not-found' };
  await grantAccess(outcome.appointment.protocol, { only: true });
  redirect(`/appointments/${outcome.appointment.protocol}`);
}

/**
 * "Leave": on a shared phone, this browser no longer shows any appointment, and the lookup page it
 * lands on deletes the copies kept for offline use (components/offline).
 */
export async function leaveAppointments(posted: FormData): Promise<void> {
  formArgument(posted);
  await revokeAllAccess();
  redirect('/appointments?left=1');
}

const protocolArgument = (value: unknown) => {
  const parsed = z.string().regex(PROTOCOL_PATTERN).safeParse(value);
  if (!parsed.success) notFoundPage();
  return parsed.data;
};

/** The appointment behind a request, for a browser that may see it; otherwise its lookup page. */
async function ownAppointment(protocol: string) {
  if (!(await hasAccess(protocol))) redirect(lookupHref(protocol));
  return getAppointment(protocol);
}

/**
 * "I can't come": records the request (once, however often it is asked) and goes back to the
 * appointment, which then says "cancellation requested", never "cancelled", until Tatodesk does.
 */
export async function requestCancellation(
  bound: unknown,
  _previous: CancelState,
  posted: FormData,
): Promise<CancelState> {
  const protocol = protocolArgument(bound);
  const form = formArgument(posted);
  const reason = String(form.get('reason') ?? '');
  if (reason.trim().length > REASON_MAX) return { reason, error: 'too-long' };
  let outcome;
  try {
    const appointment = await ownAppointment(protocol);
    outcome = await requestRelease(appointment, { kind: 'cancel', reason, language: await getLocale() });
  } catch (error) {
    if (isStoreUnavailable(error)) return { reason, problem: 'store' };
    if (!isTatodeskError(error)) throw error;
    return { reason, failure: toFailure(error) };
  }
  if (outcome.kind !== 'recorded') return { reason, problem: outcome.kind };
  redirect(`/appointments/${protocol}?requested=cancel${outcome.told ? '&told=1' : ''}`);
}

/**
 * "Choose another time": the journey opens at the date step for the same service and unit, the
 * details already known; the appointment stays as it is until the new one is booked.
 */
export async function chooseAnotherTime(bound: unknown, posted: FormData): Promise<void> {
  const protocol = protocolArgument(bound);
  formArgument(posted);
  const appointment = await ownAppointment(protocol).catch((error: unknown) => {
    if (isTatodeskError(error)) redirect(`/appointments/${protocol}`);
    throw error;
  });
  if (!acceptsRequests(appointment) || (await findRequest(protocol).catch(() => undefined))) {
    redirect(`/appointments/${protocol}`);
  }
  const start = await journeyFor(appointment);
  const consent = await consentNow(appointment);
  const details = {
    ...personDetails(appointment),
    whatsapp: consent.whatsapp ? 'true' : '',
    sms: consent.sms ? 'true' : '',
    answers: Object.fromEntries(appointment.answers.filter((a) => !isRecordAnswer(a.key)).map((a) => [a.key, a.value])),
  };
  await saveDraft(details, appointment.serviceType.id, false, protocol);
  redirect(stepHref('date', start));
}

/**
 * "My data": records the request (once per kind while open), tells the officer, and on deletion
 * erases at once what this app keeps; then a page that says exactly that.
 */
export async function requestData(
  bound: unknown,
  _previous: DataRequestState,
  posted: FormData,
): Promise<DataRequestState> {
  const protocol = protocolArgument(bound);
  const form = formArgument(posted);
  const kind = z.enum(dataRequestKinds).safeParse(form.get('kind'));
  const details = String(form.get('details') ?? '').slice(0, DETAILS_MAX * 2);
  const typed = { kind: kind.success ? kind.data : undefined, details };
  const errors: DataRequestState['errors'] = {
    ...(kind.success ? {} : { kind: 'kindRequired' as const }),
    ...(details.trim().length > DETAILS_MAX ? { details: 'tooLong' as const } : {}),
  };
  if (!kind.success || errors.details) return { ...typed, errors };
  let outcome;
  try {
    const appointment = await ownAppointment(protocol);
    outcome = await requestAboutData(appointment, { kind: kind.data, details, language: await getLocale() });
  } catch (error) {
    if (isStoreUnavailable(error)) return { ...typed, problem: 'store' };
    if (!isTatodeskError(error)) throw error;
    return { ...typed, failure: toFailure(error) };
  }
  if (outcome.kind === 'busy') return { ...typed, problem: 'busy' };
  redirect(`/my-data/sent?kind=${kind.data}${outcome.told ? '&told=1' : ''}`);
}

/** "My data": no more messages to the phone about this appointment, at once; the page says so. */
export async function withdrawPhoneConsent(bound: unknown, posted: FormData): Promise<void> {
  const protocol = protocolArgument(bound);
  formArgument(posted);
  const done = await ownAppointment(protocol)
    .then(async (appointment) => withdrawConsent(appointment, await getLocale()))
    .then(
      () => true,
      (error: unknown) => {
        if (isTatodeskError(error)) return false;
        throw error;
      },
    );
  // Nothing recorded when the upstream could not be reached: the page says so, with the button to try again.
  redirect(`/appointments/${protocol}/my-data?withdrawn=${done ? 'yes' : 'failed'}`);
}
