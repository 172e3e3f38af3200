'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/i18n/intl-provider';
import { TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { SignInState } from '@/lib/staff/session';

export function SignInForm({
  next,
  action,
}: {
  next: string;
  action: (state: SignInState, form: FormData) => Promise<SignInState>;
}) {
  const t = useTranslations('staff.signIn');
  const common = useTranslations('common');
  const [state, formAction] = useActionState<SignInState, FormData>(action, {});
  const problem =
    state.problem === 'limited'
      ? t('limited', { minutes: state.retryInMinutes ?? 1 })
      : state.problem
        ? t(state.problem)
        : undefined;
  return (
    <form action={formAction} className="max-w-md">
      <input type="hidden" name="next" value={next} />
      <div role="status">
        {problem && <p className="mb-6 border-l-4 border-error bg-surface p-4 font-bold">{problem}</p>}
      </div>
      <TextField
        id="user"
        label={t('user')}
        input={{ name: 'user' }}
        defaultValue={state.user}
        errorPrefix={common('errorPrefix')}
        autoComplete="username"
      />
      <TextField
        id="password"
        type="password"
        label={t('password')}
        input={{ name: 'password' }}
        errorPrefix={common('errorPrefix')}
        autoComplete="current-password"
      />
      <SubmitButton pendingLabel={common('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
