'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { DetailsState } from '@/lib/booking/action-states';
import { detailsSchema, errorsByField, readDetails } from '@/lib/details/schema';
import { formArgument, queryArgument } from '@/lib/http/action-arguments';
import { notFoundPage } from '@/lib/http/not-found';
import { safeReturnPath } from '@/lib/http/safe-return';
import { PROTOCOL_PATTERN } from '@/lib/protocol';
import { markDone } from '@/lib/requests';
import { searchParam } from '@/lib/staff/day';
import { startOnBehalf, stopOnBehalf } from '@/lib/staff/on-behalf';
import { registerWalkIn } from '@/lib/staff/register-walk-in';
import { requireStaff, signIn, signOut, type SignInState } from '@/lib/staff/session';
import { rememberUnit, walkInHref, walkInQuerySchema, walkInStep } from '@/lib/staff/walk-in';
import { isStoreUnavailable } from '@/lib/store';
import { isTatodeskError, isTatodeskErrorOf } from '@/lib/tatodesk';
import { toFailure } from '@/lib/upstream';

export async function signInAction(_previous: SignInState, posted: FormData): Promise<SignInState> {
  const form = formArgument(posted);
  const user = String(form.get('user') ?? '')
    .trim()
    .slice(0, 80);
  const password = String(form.get('password') ?? '');
  if (!user || !password) return { user, problem: 'required' };
  const outcome = await signIn(user, password);
  if (outcome.kind === 'limited') return { user, problem: 'limited', retryInMinutes: outcome.retryInMinutes };
  if (outcome.kind === 'refused') return { user, problem: 'refused' };
  if (outcome.kind === 'unavailable') return { user, problem: 'unavailable' };
  const next = safeReturnPath(form.get('next'));
  redirect(next.startsWith('/staff') ? next : '/staff');
}

export async function signOutAction() {
  await signOut();
  redirect('/staff/sign-in');
}

/**
 * The day view's filters, posted: the same address as a GET form would make, except that a name
 * searched for is kept on the server and the address carries only an id for it.
 */
export async function filterDayAction(posted: FormData) {
  const form = formArgument(posted);
  await requireStaff();
  const params = new URLSearchParams();
  for (const key of ['company', 'unit', 'date', 'waiting', 'priority'] as const) {
    const value = form.get(key);
    if (typeof value === 'string' && value !== '') params.set(key, value.slice(0, 20));
  }
  for (const status of form.getAll('status'))
    if (typeof status === 'string') params.append('status', status.slice(0, 20));
  const q = form.get('q');
  const search = typeof q === 'string' ? await searchParam(q) : undefined;
  if (search) params.set(...search);
  redirect(`/staff/day?${params}`);
}

/**
 * A request closed by staff once they have cancelled the appointment in Tatodesk (Edit Object);
 * refused while Tatodesk still says it is scheduled.
 */
export async function markRequestDone(boundId: unknown, boundProtocol: unknown, posted: FormData) {
  formArgument(posted);
  const args = z.object({ id: z.string().min(1).max(64), protocol: z.string().regex(PROTOCOL_PATTERN) }).safeParse({
    id: boundId,
    protocol: boundProtocol,
  });
  if (!args.success) notFoundPage();
  const staff = await requireStaff();
  const { id, protocol } = args.data;
  let outcome: string;
  try {
    outcome = (await markDone(id, protocol, staff.user)).kind;
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    outcome = isTatodeskErrorOf(error, 'not-found') ? 'not-found' : 'failed';
  }
  if (outcome === 'failed') redirect(`/staff/requests?outcome=failed`);
  redirect(`/staff/requests?outcome=${outcome}&protocol=${protocol}`);
}

/** The unit a staff member works at, chosen once and remembered for the session. */
export async function chooseWalkInUnit(posted: FormData) {
  const form = formArgument(posted);
  await requireStaff();
  const unit = z.coerce.number().int().positive().max(2_147_483_647).safeParse(form.get('unit'));
  if (!unit.success) redirect('/staff/walk-in?missing=unit');
  await rememberUnit(unit.data);
  redirect(walkInHref({ unit: unit.data }));
}

/**
 * A walk-in's form, posted: checked like the booking's details (contact optional at the counter),
 * then registered once per form (lib/staff/register-walk-in.ts); the ticket, or what was typed kept
 * with what happened.
 */
export async function registerWalkInAction(
  boundQuery: unknown,
  boundKey: unknown,
  _previous: DetailsState,
  posted: FormData,
): Promise<DetailsState> {
  const form = formArgument(posted);
  const key = z.uuid().safeParse(boundKey);
  const query = walkInQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(queryArgument(boundQuery))));
  if (!key.success || !query.success) notFoundPage();
  await requireStaff();
  const typed = readDetails(form);
  let step;
  try {
    step = await walkInStep(query.data);
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    return { values: typed, failure: toFailure(error) };
  }
  if (step.step !== 'details') redirect(step.step === 'redirect' ? step.href : walkInHref(query.data));
  const values = readDetails(form, step.fields);
  const parsed = detailsSchema(step.fields, 'optional').safeParse(values);
  if (!parsed.success) return { values, errors: errorsByField(parsed.error) };
  let registered;
  try {
    registered = await registerWalkIn(key.data, step, parsed.data);
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return { values, unsaved: true };
  }
  if (registered.kind === 'registered') redirect(registered.ticket);
  return registered.kind === 'checking' ? { values, checking: true } : { values, failure: registered.failure };
}

/** Starts booking for a caller: the citizen's journey, as this staff member, until it is ended. */
export async function startBookingForCaller(posted: FormData) {
  formArgument(posted);
  await requireStaff();
  await startOnBehalf();
  redirect('/');
}

export async function stopBookingForCaller(posted: FormData) {
  formArgument(posted);
  await stopOnBehalf();
  redirect('/staff');
}
