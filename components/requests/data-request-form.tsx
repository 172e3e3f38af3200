'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/i18n/intl-provider';
import { RadioField, TextArea } from '@/components/ui/fields';
import { FormHead, useSystemProblem } from '@/components/ui/form-head';
import { SubmitButton } from '@/components/ui/submit-button';
import type { DataRequestState } from '@/lib/requests/data-form';

const KINDS = ['access', 'correction', 'deletion'] as const;

/** The kind of request and what to say with it; messages at the fields and on top, nothing typed lost. */
export function DataRequestForm({
  pageTitle,
  max,
  action,
}: {
  pageTitle: string;
  max: number;
  action: (state: DataRequestState, form: FormData) => Promise<DataRequestState>;
}) {
  const t = useTranslations('myData');
  const common = useTranslations('common');
  const systemProblem = useSystemProblem();
  const [state, formAction] = useActionState<DataRequestState, FormData>(action, {});
  const kindError = state.errors?.kind ? t(`errors.${state.errors.kind}`) : undefined;
  const detailsError = state.errors?.details ? t(`errors.${state.errors.details}`, { max }) : undefined;
  const errors = [
    ...(kindError ? [{ field: 'kind', message: kindError }] : []),
    ...(detailsError ? [{ field: 'details', message: detailsError }] : []),
  ];
  const problem = state.problem === 'busy' ? t('busy') : systemProblem(state.problem === 'store', state.failure);
  return (
    <>
      <FormHead pageTitle={pageTitle} errors={errors} submission={state} problem={problem} />
      <form action={formAction} noValidate>
        <RadioField
          id="kind"
          label={t('kind')}
          errorPrefix={common('errorPrefix')}
          error={kindError}
          defaultValue={state.kind}
          input={{ name: 'kind' }}
          options={KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`), hint: t(`kindHints.${kind}`) }))}
        />
        <TextArea
          id="details"
          label={t('details')}
          hint={t('detailsHint', { max })}
          errorPrefix={common('errorPrefix')}
          error={detailsError}
          defaultValue={state.details ?? ''}
          input={{ name: 'details' }}
        />
        <SubmitButton pendingLabel={common('pending')}>{t('submit')}</SubmitButton>
      </form>
    </>
  );
}
