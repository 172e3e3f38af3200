'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { safeReturnPath } from '@/lib/safe-return';
import { dayQuerySchema, loadDay } from '@/lib/staff/day';
import { currentStaff, signIn, signOut } from '@/lib/staff/session';
import { getAppointment, getAttendance, isTatodeskError, type Appointment } from '@/lib/tatodesk';

export type SignInState = { user?: string; problem?: 'required' | 'refused' | 'limited'; retryInMinutes?: number };

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const user = String(form.get('user') ?? '')
    .trim()
    .slice(0, 80);
  const password = String(form.get('password') ?? '');
  if (!user || !password) return { user, problem: 'required' };
  const outcome = await signIn(user, password);
  if (outcome.kind === 'limited') return { user, problem: 'limited', retryInMinutes: outcome.retryInMinutes };
  if (outcome.kind === 'refused') return { user, problem: 'refused' };
  const next = safeReturnPath(form.get('next'));
  redirect(next.startsWith('/staff') ? next : '/staff');
}

export async function signOutAction() {
  await signOut();
  redirect('/staff/sign-in');
}

/** What the browser's own refreshes get: the data, or word that the session is gone. */
export type Refreshed<T> = { ok: true; data: T } | { ok: false; reason: 'signed-out' | 'unavailable' };

const lookup = z.union([
  z.object({ protocol: z.string().regex(/^\d{6,30}$/) }),
  z.object({ attendanceId: z.number().int().positive() }),
]);

/** The appointment on a staff page, refreshed every few seconds. Refused without a session. */
export async function refreshStaffAppointment(input: z.input<typeof lookup>): Promise<Refreshed<Appointment>> {
  if (!(await currentStaff())) return { ok: false, reason: 'signed-out' };
  const which = lookup.parse(input);
  try {
    return {
      ok: true,
      data: 'protocol' in which ? await getAppointment(which.protocol) : await getAttendance(which.attendanceId),
    };
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    return { ok: false, reason: 'unavailable' };
  }
}

/** The day view's list, refreshed every 30 s with the filters in the URL. Refused without a session. */
export async function refreshDay(input: z.input<typeof dayQuerySchema>) {
  if (!(await currentStaff())) return { ok: false as const, reason: 'signed-out' as const };
  try {
    return { ok: true as const, data: await loadDay(dayQuerySchema.parse(input)) };
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    return { ok: false as const, reason: 'unavailable' as const };
  }
}
