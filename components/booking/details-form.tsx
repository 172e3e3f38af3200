'use client';

import { useActionState, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslations } from '@/components/i18n/intl-provider';
import { ErrorSummary } from '@/components/ui/error-summary';
import { lazyResolver } from '@/components/ui/lazy-resolver';
import { SubmitButton } from '@/components/ui/submit-button';
import { typedBeforeHydration } from '@/components/ui/typed-before-hydration';
import { useCheckedSubmit } from '@/components/ui/use-checked-submit';
import { useFormMemory } from '@/components/ui/use-form-memory';
import type { DetailsState } from '@/lib/booking/action-states';
import { toErrorCode, type ErrorCode } from '@/lib/details/error-codes';
import { baseFields, type DetailsInput } from '@/lib/details/input';
import type { FormField } from '@/lib/tatodesk/types';
import { BaseFields } from './details-base-fields';
import { ServiceQuestion } from './service-question';

const noop = () => () => undefined;
const FORM_ID = 'details-form';

type Props = {
  /** The page's full title; the form renders it, marked "Error:" when there are errors. */
  pageTitle: string;
  fields: FormField[];
  initial: DetailsInput;
  /** Where this tab remembers what is typed until it is sent (one per service). */
  memoryKey: string;
  action: (state: DetailsState, form: FormData) => Promise<DetailsState>;
  failureNotice: React.ReactNode;
  unsavedNotice: React.ReactNode;
  /** At the counter, when a registration's answer was lost: that it is being looked up. */
  checkingNotice?: React.ReactNode;
  /** At the counter: an e-mail and a phone may be left empty. */
  contact?: 'required' | 'optional';
  /** The phone channels a message can go on, each offered as a tick (none at the counter). */
  consent?: { whatsapp: boolean; sms: boolean };
  /** Said under the lead, before anything is typed: the privacy notice at collection. */
  notice?: React.ReactNode;
  /** The heading, lead and button where they are not the citizen's own (staff registering someone). */
  words?: { title: string; lead: string; submit: string };
};

/**
 * The form posts to a server action, so it works without JavaScript; with it, react-hook-form
 * checks the same schema first and nothing reaches the server until it passes.
 */
export function DetailsForm({
  pageTitle,
  fields,
  initial,
  memoryKey,
  action,
  failureNotice,
  unsavedNotice,
  checkingNotice,
  contact = 'required',
  consent,
  notice,
  words,
}: Props) {
  const t = useTranslations('booking');
  const common = useTranslations('common');
  const [state, formAction] = useActionState(action, {});
  // The schema, and zod with it, arrive when the form is first touched (components/ui/lazy-resolver.ts).
  const checks = useMemo(
    () =>
      lazyResolver<DetailsInput>(async () => {
        const [{ zodResolver }, { detailsSchema }] = await Promise.all([
          import('@hookform/resolvers/zod'),
          import('@/lib/details/schema'),
        ]);
        return zodResolver(detailsSchema(fields, contact)) as never;
      }),
    [fields, contact],
  );
  const given = state.values ?? initial;
  // A tick starts ticked only when it was: any other value would tick the box for the form library.
  const values = {
    ...given,
    whatsapp: given.whatsapp === 'true' ? 'true' : '',
    sms: given.sms === 'true' ? 'true' : '',
    noCpf: given.noCpf === 'true' ? 'true' : '',
    forWhom: given.forWhom === 'other' ? 'other' : 'me',
    answers: Object.fromEntries(fields.map((f) => [f.key, given.answers[f.key] ?? ''])),
  };
  // What was done on the page before this script ran is kept, not overwritten by the defaults.
  const [defaults] = useState(() => typedBeforeHydration(FORM_ID, values));
  const form = useForm<DetailsInput>({
    resolver: checks.resolver,
    defaultValues: defaults,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus, not the first field (GOV.UK).
    shouldFocusError: false,
  });
  // Taking the fields over, the form library wrote its own idea of them into the page (a radio loses
  // the choice made before): what was done is put back, once, before anything remembered is restored.
  useEffect(() => {
    form.reset(defaults, { keepDefaultValues: true, keepFieldsRef: true });
  }, [form, defaults]);
  const memory = useFormMemory(form, memoryKey);
  // The phone's ticks follow the phone field once the page runs; without JavaScript they always show.
  const scripted = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const phone = useWatch({ control: form.control, name: 'phone' });
  const forWhom = useWatch({ control: form.control, name: 'forWhom' });
  const { ref: formRef, onSubmit } = useCheckedSubmit(form, (data) => {
    memory.forget();
    formAction(data);
  });

  // Every field in page order: the summary lists its errors in the order the fields stand.
  const order = [...baseFields, ...fields.map((f) => `answers.${f.key}`)];
  const clientErrors = Object.fromEntries(
    order.flatMap((name) => {
      const error = form.getFieldState(name as keyof DetailsInput, form.formState).error;
      return error ? [[name, toErrorCode(error.message)]] : [];
    }),
  );
  const errors: Record<string, ErrorCode> = form.formState.isSubmitted ? clientErrors : (state.errors ?? {});
  const fieldByName = new Map(fields.map((f) => [`answers.${f.key}`, f]));
  const message = (name: string) => {
    const code = errors[name];
    if (!code) return undefined;
    const field = fieldByName.get(name);
    return t(`details.errors.${code}`, {
      label: field?.label ?? '',
      min: String(field?.type === 'number' ? field.min : field?.minLength),
      max: String(field?.type === 'number' ? field.max : field?.maxLength),
    });
  };
  const summary = order.filter((name) => errors[name]).map((name) => ({ field: name, message: message(name)! }));

  return (
    <>
      {/* The page's only title: set here so that it says "Error:" whenever the form comes back with errors. */}
      <title>{summary.length > 0 ? `${common('errorPrefix')} ${pageTitle}` : pageTitle}</title>
      {state.failure && failureNotice}
      {state.unsaved && unsavedNotice}
      {state.checking && checkingNotice}
      <ErrorSummary title={common('errorSummaryTitle')} errors={summary} submission={form.formState.submitCount} />
      <form id={FORM_ID} ref={formRef} action={formAction} noValidate onSubmit={onSubmit} onFocus={checks.warm}>
        <h1 className="heading-l">{words?.title ?? t('details.title')}</h1>
        <p className="mb-6">{words?.lead ?? t('details.lead')}</p>
        {notice}
        <BaseFields
          register={form.register}
          values={values}
          message={message}
          contactOptional={contact === 'optional'}
          consent={consent}
          phoneGiven={!scripted || `${phone ?? ''}`.trim() !== ''}
          forWhom={scripted ? (forWhom === 'other' ? 'other' : 'me') : undefined}
        />
        {fields.length > 0 && (
          <>
            <h2 className="heading-m mt-10">{t('details.serviceQuestions')}</h2>
            {fields.map((field) => (
              <ServiceQuestion
                key={field.key}
                field={field}
                input={form.register(`answers.${field.key}`)}
                defaultValue={values.answers[field.key]}
                error={message(`answers.${field.key}`)}
              />
            ))}
          </>
        )}
        <SubmitButton pendingLabel={common('pending')}>{words?.submit ?? common('continue')}</SubmitButton>
      </form>
    </>
  );
}
