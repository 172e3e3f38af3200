'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { formArgument } from '@/lib/action-arguments';
import { PROTOCOL_PATTERN } from '@/lib/protocol';
import { markDone } from '@/lib/requests';
import { safeReturnPath } from '@/lib/safe-return';
import { searchParam } from '@/lib/staff/day';
import { requireStaff, signIn, signOut, type SignInState } from '@/lib/staff/session';
import { isTatodeskError, isTatodeskErrorOf } from '@/lib/tatodesk';

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
  for (const key of ['company', 'unit', 'date'] as const) {
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
  if (!args.success) notFound();
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
