'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ConfirmState, DetailsState } from '@/lib/booking/action-states';
import { noteSuspicious } from '@/lib/booking/challenge';
import { confirmBooking as confirm } from '@/lib/booking/confirm';
import { saveDraft } from '@/lib/booking/draft';
import { parseJourney } from '@/lib/booking/journey';
import { prepareDetails } from '@/lib/booking/prepare-details';
import { stepHref } from '@/lib/booking/steps';
import { detailsSchema, errorsByField, readDetails } from '@/lib/details/schema';
import { formArgument, queryArgument } from '@/lib/http/action-arguments';
import { log } from '@/lib/ops/log';
import { actionEvent } from '@/lib/pulse/events';
import { isStoreUnavailable } from '@/lib/store';

/** A text field that may be absent; bounded (a proof is a few hundred characters). */
const optionalField = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' && value !== '' ? value.slice(0, 4096) : undefined;
};

/** The journey a page bound to its form: checked, since the browser posts it back. */
const journeyOf = (bound: string) => parseJourney(Object.fromEntries(new URLSearchParams(queryArgument(bound))));

/**
 * Saves the details for the check page. What was typed is kept first, before anything upstream is
 * read; every answer that does not go on carries it back, with every message.
 */
export async function saveDetails(query: string, _previous: DetailsState, posted: FormData): Promise<DetailsState> {
  const asked = journeyOf(query);
  const form = formArgument(posted);
  const typed = readDetails(form);
  try {
    if (asked.serviceType !== undefined) await saveDraft(typed, asked.serviceType, false);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return { values: typed, unsaved: true };
  }
  const prepared = await prepareDetails('details', asked);
  if (prepared.kind === 'redirect') redirect(prepared.href);
  if (prepared.kind === 'failed') return { values: typed, failure: prepared.failure };
  const { fields, resolved, journey } = prepared;
  const values = readDetails(form, fields);
  const parsed = detailsSchema(fields).safeParse(values);
  if (!parsed.success) {
    const errors = errorsByField(parsed.error);
    await actionEvent({ name: 'details-refused', fields: Object.keys(errors).sort() }, asked);
    return { values, errors };
  }
  try {
    await saveDraft(values, resolved.serviceType.id, true);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return { values, unsaved: true };
  }
  await actionEvent({ name: 'answered', step: 'details' }, asked);
  redirect(stepHref('check', journey));
}

/** Parses, runs the confirm use case, and redirects or says what went wrong (lib/booking/confirm.ts). */
export async function confirmBooking(query: string, _previous: ConfirmState, posted: FormData): Promise<ConfirmState> {
  const journey = journeyOf(query);
  const form = formArgument(posted);
  const key = z.uuid().safeParse(form.get('key'));
  if (!key.success) return { problem: 'expired' };
  // A field no person sees or reaches (a honeypot): filled in, it is a script, slowed and told nothing more.
  if (String(form.get('website') ?? '') !== '') {
    log.warn({ action: 'confirm' }, 'booking refused: the honeypot field was filled');
    await noteSuspicious('honeypot');
    return { problem: 'slowDown', retryInMinutes: 10 };
  }
  const proof = { altcha: optionalField(form, 'altcha'), ticket: optionalField(form, 'ticket') };
  let outcome: Awaited<ReturnType<typeof confirm>>;
  try {
    outcome = await confirm(key.data, journey, proof);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    // Nothing is created before the key is claimed, and a claim that cannot be written stops here.
    return { problem: 'storeUnavailable' };
  }
  await actionEvent(
    outcome.kind === 'redirect' && outcome.href.startsWith('/book/time')
      ? { name: 'time-taken' }
      : { name: 'confirmed', outcome: outcome.kind },
    journey,
  );
  switch (outcome.kind) {
    case 'confirmed':
      redirect(`/book/confirmation?ref=${outcome.ref}`);
    case 'booked-unrecorded':
      // Booked, but the key could not be written: the appointment's own page (this browser may see it).
      redirect(`/appointments/${outcome.protocol}`);
    case 'redirect':
      redirect(outcome.href);
    case 'expired':
      return { problem: 'expired' };
    case 'slowed':
      return { problem: 'slowDown', retryInMinutes: outcome.retryInMinutes };
    case 'already-booked':
      // Its protocol is not said to whoever typed the CPF: it went to the contact on file.
      return { problem: 'alreadyBooked' };
    case 'prove':
      return { problem: 'prove', proof: outcome.proof, waitSeconds: outcome.waitSeconds };
    case 'in-progress':
      return { problem: 'inProgress' };
    case 'checking':
      return { problem: 'checking' };
    case 'not-booked':
      return outcome.failure
        ? { problem: 'unavailable', reference: outcome.failure.reference }
        : { problem: 'notBooked' };
  }
}
