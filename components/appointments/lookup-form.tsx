'use client';

import { useActionState, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslations } from '@/components/i18n/intl-provider';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/fields';
import { lazyResolver } from '@/components/ui/lazy-resolver';
import { SubmitButton } from '@/components/ui/submit-button';
import { useCheckedSubmit } from '@/components/ui/use-checked-submit';
import type { LookupErrorCode, LookupFields as Values, LookupState } from '@/lib/appointments/lookup-schema';

/** Protocol and second factor; checked in the browser first when JavaScript runs, always on the server. */
export function LookupForm({
  protocol,
  pageTitle,
  action,
}: {
  protocol?: string;
  pageTitle: string;
  action: (state: LookupState, form: FormData) => Promise<LookupState>;
}) {
  const t = useTranslations('lookup');
  const common = useTranslations('common');
  const upstream = useTranslations('upstream');
  const [state, formAction] = useActionState<LookupState, FormData>(action, {});
  const values = state.values ?? { protocol: protocol ?? '', cpf: '', contact: '' };
  // The schema, and zod with it, arrive when the form is first touched (components/ui/lazy-resolver.ts).
  const [checks] = useState(() =>
    lazyResolver<Values>(async () => {
      const [{ zodResolver }, { lookupSchema }] = await Promise.all([
        import('@hookform/resolvers/zod'),
        import('@/lib/appointments/lookup-schema'),
      ]);
      return zodResolver(lookupSchema) as never;
    }),
  );
  const form = useForm<Values>({
    resolver: checks.resolver,
    defaultValues: values,
    // The error summary takes focus, not the first field (GOV.UK).
    shouldFocusError: false,
  });
  const { ref: formRef, onSubmit } = useCheckedSubmit(form, formAction);

  const clientErrors = form.formState.errors;
  const code = (name: keyof Values): LookupErrorCode | undefined =>
    form.formState.isSubmitted ? (clientErrors[name]?.message as LookupErrorCode | undefined) : state.errors?.[name];
  const message = (name: keyof Values) => {
    const c = code(name);
    return c ? t(`errors.${c}`) : undefined;
  };
  const summary = (['protocol', 'cpf', 'contact'] as const).flatMap((name) => {
    const text = message(name);
    return text ? [{ field: name, message: text }] : [];
  });
  const problem =
    state.problem === 'limited'
      ? t('limited', { minutes: state.retryInMinutes ?? 1 })
      : state.problem === 'not-found'
        ? t('notFound')
        : state.problem === 'busy'
          ? t('busy')
          : state.failure
            ? `${upstream('unavailableBody')} ${upstream('reference', { reference: state.failure.reference })}`
            : undefined;

  // The three questions, each at its field: its label, hint, what was typed and its message.
  const field = (name: 'protocol' | 'cpf' | 'contact', shape: { inputMode?: 'numeric'; width?: string } = {}) => (
    <TextField
      id={name}
      label={t(name)}
      hint={t(`${name}Hint`)}
      input={form.register(name)}
      defaultValue={values[name]}
      error={message(name)}
      errorPrefix={common('errorPrefix')}
      autoComplete="off"
      {...shape}
    />
  );

  return (
    <>
      <title>{summary.length > 0 ? `${common('errorPrefix')} ${pageTitle}` : pageTitle}</title>
      <ErrorSummary title={common('errorSummaryTitle')} errors={summary} submission={form.formState.submitCount} />
      <div role="status">
        {problem && <p className="mb-6 border-l-4 border-error bg-surface p-4 font-bold">{problem}</p>}
      </div>
      <form ref={formRef} action={formAction} noValidate onSubmit={onSubmit} onFocus={checks.warm}>
        {field('protocol', { inputMode: 'numeric', width: 'max-w-[24ch]' })}
        {field('cpf', { inputMode: 'numeric', width: 'max-w-[20ch]' })}
        {field('contact')}
        <SubmitButton pendingLabel={common('pending')}>{t('submit')}</SubmitButton>
      </form>
    </>
  );
}
