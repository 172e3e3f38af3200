'use server';

import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { grantAccess } from '@/lib/appointments/access';
import { notifyBooking } from '@/lib/appointments/notify';
import type { ConfirmState, DetailsState } from '@/lib/booking/action-states';
import { catalogue } from '@/lib/booking/catalogue';
import { detailsSchema, errorsByField, readDetails, type DetailsValues } from '@/lib/booking/details-schema';
import { clearDraft, readDraft, saveDraft } from '@/lib/booking/draft';
import { formatAddress, formatDate } from '@/lib/booking/format';
import { awaitOutcome, bookedProtocol, claim, release, settle } from '@/lib/booking/idempotency';
import { parseJourney } from '@/lib/booking/journey';
import { rememberBooking } from '@/lib/booking/just-booked';
import { resolveJourney, type Resolved } from '@/lib/booking/resolve';
import { stepHref } from '@/lib/booking/steps';
import { createAppointment, isTatodeskError, isTatodeskErrorOf } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';
import { unitTime } from '@/lib/zone-name';

/** Saves the details for the check page; on bad input, returns every message and everything typed. */
export async function saveDetails(query: string, _previous: DetailsState, form: FormData): Promise<DetailsState> {
  const journey = parseJourney(Object.fromEntries(new URLSearchParams(query)));
  const resolution = await resolveJourney('details', journey);
  if (resolution.kind === 'redirect') redirect(resolution.href);
  if (resolution.kind === 'failed') return { failure: resolution.failure };
  const serviceType = resolution.resolved.type!;

  const fields = await attempt(() => catalogue.formFields(serviceType.id));
  if (!fields.ok) return { failure: fields.failure };
  const values = readDetails(form, fields.data);
  const parsed = detailsSchema(fields.data).safeParse(values);
  if (!parsed.success) return { values, errors: errorsByField(parsed.error) };

  await saveDraft(values, serviceType.id);
  redirect(stepHref('check', resolution.journey));
}

/**
 * Books, once. Every ID is checked again against the upstream (an action is a public endpoint);
 * the key makes a double click, a retry or a reload give the same protocol; a time taken
 * meanwhile sends the citizen back to the times of the same day, details kept.
 */
export async function confirmBooking(query: string, _previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  const key = z.uuid().safeParse(form.get('key'));
  if (!key.success) return { problem: 'expired' };
  const done = await bookedProtocol(key.data);
  if (done) redirect(confirmationHref(key.data));

  const draft = await readDraft();
  if (!draft || draft.key !== key.data) return { problem: 'expired' };
  const journey = parseJourney(Object.fromEntries(new URLSearchParams(query)));
  const resolution = await resolveJourney('details', journey);
  if (resolution.kind === 'redirect') redirect(resolution.href);
  if (resolution.kind === 'failed') return { problem: 'unavailable', reference: resolution.failure.reference };
  const { resolved } = resolution;
  const fields = await attempt(() => catalogue.formFields(resolved.type!.id));
  if (!fields.ok) return { problem: 'unavailable', reference: fields.failure.reference };
  const details = detailsSchema(fields.data).safeParse(draft.details);
  if (!details.success) redirect(stepHref('details', resolution.journey));

  if (!(await claim(key.data))) {
    const protocol = await awaitOutcome(key.data);
    if (protocol) redirect(confirmationHref(key.data));
    return { problem: 'inProgress' };
  }
  const outcome = await book(resolved, details.data);
  if (outcome.kind === 'booked') {
    await settle(key.data, outcome.protocol);
    await clearDraft();
    await grantAccess(outcome.protocol);
    await rememberBooking(key.data, {
      unit: resolved.unit!.id,
      type: resolved.type!.id,
      date: resolved.date!,
      time: resolved.time!,
    });
    const { unit, type } = resolved;
    // In the language the citizen booked in, at the unit's own clock.
    const language = await getLocale();
    const time = await unitTime(resolved.time!, unit!.timeZone, language);
    after(() =>
      notifyBooking({
        protocol: outcome.protocol,
        name: details.data.name,
        email: details.data.email,
        phone: details.data.phone,
        service: type!.name,
        unit: unit!.name,
        address: formatAddress(unit!.address),
        date: formatDate(resolved.date!, language, 'long'),
        time,
        language,
      }),
    );
    redirect(confirmationHref(key.data));
  }
  await release(key.data);
  if (outcome.kind === 'taken') {
    const day = { ...resolution.journey, time: undefined };
    redirect(stepHref('time', day, { notice: outcome.notice, return: 'check' }));
  }
  return { problem: 'unavailable', reference: outcome.failure.reference };
}

async function book(resolved: Resolved, details: DetailsValues) {
  try {
    const created = await createAppointment({
      companyId: resolved.company.id,
      unitId: resolved.unit!.id,
      serviceTypeId: resolved.type!.id,
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
    return { kind: 'failed' as const, failure: { kind: error.kind, reference: error.requestId.slice(0, 8) } };
  }
}

const confirmationHref = (key: string) => `/book/confirmation?ref=${key}`;
