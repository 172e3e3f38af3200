'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/i18n/intl-provider';
import { TextArea } from '@/components/ui/fields';
import { FormHead, useSystemProblem } from '@/components/ui/form-head';
import { SubmitButton } from '@/components/ui/submit-button';
import type { CancelState } from '@/lib/requests/cancel-form';
import { REASON_MAX } from '@/lib/requests/cancel-form';

/** The reason (optional) and the request; what was typed comes back with any message. */
export function CancelForm({
  protocol,
  pageTitle,
  action,
}: {
  protocol: string;
  pageTitle: string;
  action: (state: CancelState, form: FormData) => Promise<CancelState>;
}) {
  const t = useTranslations('change');
  const common = useTranslations('common');
  const systemProblem = useSystemProblem();
  const [state, formAction] = useActionState<CancelState, FormData>(action, {});
  const error = state.error === 'too-long' ? t('tooLong', { max: REASON_MAX }) : undefined;
  const problem =
    state.problem === 'closed'
      ? t('closed')
      : state.problem === 'busy'
        ? t('busy')
        : systemProblem(state.problem === 'store', state.failure);
  return (
    <>
      <FormHead
        pageTitle={pageTitle}
        errors={error ? [{ field: 'reason', message: error }] : []}
        submission={state}
        problem={problem}
      />
      <form action={formAction} noValidate>
        <TextArea
          id="reason"
          label={t('reason')}
          hint={t('reasonHint', { max: REASON_MAX })}
          input={{ name: 'reason' }}
          defaultValue={state.reason ?? ''}
          error={error}
          errorPrefix={common('errorPrefix')}
        />
        <div className="flex flex-wrap items-center gap-6">
          <SubmitButton pendingLabel={common('pending')}>{t('submit')}</SubmitButton>
          <a href={`/appointments/${protocol}`}>{t('keep')}</a>
        </div>
      </form>
    </>
  );
}
