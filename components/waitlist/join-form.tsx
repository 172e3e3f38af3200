'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/i18n/intl-provider';
import { CheckboxField, RadioField, TextField } from '@/components/ui/fields';
import { FormHead, useSystemProblem } from '@/components/ui/form-head';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Channel, JoinInput, JoinState } from '@/lib/waitlist/join-form';

type Props = {
  action: (state: JoinState, form: FormData) => Promise<JoinState>;
  pageTitle: string;
  /** The range offered when nothing was typed yet: the unit's today, and a month on. */
  defaults: Pick<JoinInput, 'from' | 'to'>;
  maxDays: number;
  /** Those a notice can go on (a template is set for them). */
  channels: Channel[];
};

const order: (keyof JoinInput)[] = ['from', 'to', 'channel', 'email', 'phone', 'optIn'];

/** The range, the channel and the contact; every message at its field and in a summary, nothing typed lost. */
export function JoinForm({ action, pageTitle, defaults, maxDays, channels }: Props) {
  const t = useTranslations('waitlist');
  const common = useTranslations('common');
  const systemProblem = useSystemProblem();
  const [state, formAction] = useActionState<JoinState, FormData>(action, {});
  const values: JoinInput = state.values ?? { channel: '', email: '', phone: '', optIn: '', ...defaults };
  const message = (field: keyof JoinInput) => {
    const code = state.errors?.[field];
    return code ? t(`errors.${code}`, { days: maxDays }) : undefined;
  };
  const errors = order.flatMap((field) => {
    const text = message(field);
    return text ? [{ field, message: text }] : [];
  });
  const problem =
    state.problem === 'slowDown'
      ? t('slowDown', { minutes: state.retryInMinutes ?? 10 })
      : systemProblem(state.problem === 'store', state.failure);
  const field = (name: keyof JoinInput) => ({
    id: name,
    error: message(name),
    errorPrefix: common('errorPrefix'),
    defaultValue: values[name],
    input: { name },
  });
  return (
    <>
      <FormHead pageTitle={pageTitle} errors={errors} submission={state} problem={problem} />
      <form action={formAction} noValidate>
        <TextField {...field('from')} label={t('from')} type="date" width="max-w-[20ch]" />
        <TextField
          {...field('to')}
          label={t('to')}
          hint={t('toHint', { days: maxDays })}
          type="date"
          width="max-w-[20ch]"
        />
        <RadioField
          {...field('channel')}
          label={t('channel')}
          options={channels.map((value) => ({
            value,
            label: value === 'email' ? t('channelEmail') : t('channelPhone'),
          }))}
        />
        {channels.includes('email') && (
          <TextField {...field('email')} label={t('email')} hint={t('emailHint')} type="email" autoComplete="email" />
        )}
        {channels.includes('phone') && (
          <>
            <TextField
              {...field('phone')}
              label={t('phone')}
              hint={t('phoneHint')}
              type="tel"
              autoComplete="tel-national"
              inputMode="tel"
              width="max-w-[20ch]"
            />
            <CheckboxField {...field('optIn')} label={t('optIn')} />
          </>
        )}
        <p className="mb-6 text-secondary">{t('privacy')}</p>
        <SubmitButton pendingLabel={common('pending')}>{t('submit')}</SubmitButton>
      </form>
    </>
  );
}
