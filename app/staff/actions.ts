'use server';

import { redirect } from 'next/navigation';
import { safeReturnPath } from '@/lib/safe-return';
import { signIn, signOut, type SignInState } from '@/lib/staff/session';

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
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
