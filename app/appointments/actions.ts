'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formArgument } from '@/lib/action-arguments';
import { grantAccess } from '@/lib/appointments/access';
import { lookUp } from '@/lib/appointments/lookup';
import { lookupSchema, type LookupErrorCode, type LookupState } from '@/lib/appointments/lookup-schema';
import { admitLookup } from '@/lib/lookup-crowd';
import { isTatodeskError } from '@/lib/tatodesk';
import { toFailure } from '@/lib/upstream';

export async function lookUpAppointment(_previous: LookupState, posted: FormData): Promise<LookupState> {
  const form = formArgument(posted);
  const values = { protocol: String(form.get('protocol') ?? ''), secret: String(form.get('secret') ?? '') };
  const parsed = lookupSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return {
      values,
      errors: {
        protocol: fieldErrors.protocol?.[0] as LookupErrorCode,
        secret: fieldErrors.secret?.[0] as LookupErrorCode,
      },
    };
  }
  // A crowd of lookups beyond what this instance takes: said at the form, what was typed kept.
  if ((await headers()).has('next-action') && !(await admitLookup())) return { values, problem: 'busy' };
  let outcome;
  try {
    outcome = await lookUp(parsed.data.protocol, parsed.data.secret);
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    return { values, failure: toFailure(error) };
  }
  if (outcome.kind === 'limited') return { values, problem: 'limited', retryInMinutes: outcome.retryInMinutes };
  if (outcome.kind === 'not-found') return { values, problem: 'not-found' };
  await grantAccess(outcome.appointment.protocol);
  redirect(`/appointments/${outcome.appointment.protocol}`);
}
