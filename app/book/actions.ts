'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ConfirmState, DetailsState } from '@/lib/booking/action-states';
import { confirmBooking as confirm } from '@/lib/booking/confirm';
import { detailsSchema, errorsByField, readDetails } from '@/lib/booking/details-schema';
import { saveDraft } from '@/lib/booking/draft';
import { parseJourney } from '@/lib/booking/journey';
import { prepareDetails } from '@/lib/booking/prepare-details';
import { stepHref } from '@/lib/booking/steps';

const journeyOf = (query: string) => parseJourney(Object.fromEntries(new URLSearchParams(query)));

/** Saves the details for the check page; on bad input, returns every message and everything typed. */
export async function saveDetails(query: string, _previous: DetailsState, form: FormData): Promise<DetailsState> {
  const prepared = await prepareDetails('details', journeyOf(query));
  if (prepared.kind === 'redirect') redirect(prepared.href);
  if (prepared.kind === 'failed') return { failure: prepared.failure };
  const { fields, resolved, journey } = prepared;
  const values = readDetails(form, fields);
  const parsed = detailsSchema(fields).safeParse(values);
  if (!parsed.success) return { values, errors: errorsByField(parsed.error) };
  await saveDraft(values, resolved.serviceType!.id);
  redirect(stepHref('check', journey));
}

/** Parses, runs the confirm use case, and redirects or says what went wrong (lib/booking/confirm.ts). */
export async function confirmBooking(query: string, _previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  const key = z.uuid().safeParse(form.get('key'));
  if (!key.success) return { problem: 'expired' };
  const outcome = await confirm(key.data, journeyOf(query));
  switch (outcome.kind) {
    case 'confirmed':
      redirect(`/book/confirmation?ref=${outcome.ref}`);
    case 'redirect':
      redirect(outcome.href);
    case 'expired':
      return { problem: 'expired' };
    case 'in-progress':
      return { problem: 'inProgress' };
    case 'unavailable':
      return { problem: 'unavailable', reference: outcome.failure.reference };
  }
}
