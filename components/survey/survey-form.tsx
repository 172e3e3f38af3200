'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/i18n/intl-provider';
import { RadioField, TextArea } from '@/components/ui/fields';
import { FormHead, useSystemProblem } from '@/components/ui/form-head';
import { SubmitButton } from '@/components/ui/submit-button';
import { fieldOf, TEXT_MAX } from '@/lib/survey/answers';
import type { SurveyState } from '@/lib/survey/state';
import type { SurveyForm as Definition } from '@/lib/tatodesk/types';

/**
 * The survey as its form defines it: each scale and choice a group of radios, words in a text
 * area; what was chosen comes back with every message. Works without JavaScript (a server action).
 */
export function SurveyForm({
  form,
  pageTitle,
  action,
}: {
  form: Definition;
  pageTitle: string;
  action: (state: SurveyState, posted: FormData) => Promise<SurveyState>;
}) {
  const t = useTranslations('survey');
  const common = useTranslations('common');
  const systemProblem = useSystemProblem();
  const [state, formAction] = useActionState<SurveyState, FormData>(action, {});
  const { scale } = form;
  const messageOf = (name: string) => {
    const error = state.errors?.[name];
    return error && t(`errors.${error}`, { max: TEXT_MAX });
  };
  const errors = form.questions.flatMap((q) => {
    const message = messageOf(fieldOf(q.id));
    return message ? [{ field: fieldOf(q.id), message }] : [];
  });
  const problem =
    state.problem === 'failed'
      ? t('failed')
      : state.problem === 'unknown'
        ? t('unknown')
        : systemProblem(state.problem === 'store');
  const scaleOptions = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => {
    const n = scale.min + i;
    const words = n === scale.min ? scale.minLabel : n === scale.max ? scale.maxLabel : '';
    return { value: String(n), label: words ? `${n}: ${words}` : String(n) };
  });
  return (
    <>
      <FormHead pageTitle={pageTitle} errors={errors} submission={state} problem={problem} />
      <form action={formAction} noValidate>
        {form.questions.map((q) => {
          const name = fieldOf(q.id);
          const field = {
            id: name,
            label: q.required ? q.title : `${q.title} ${t('optional')}`,
            error: messageOf(name),
            errorPrefix: common('errorPrefix'),
            defaultValue: state.values?.[name] ?? '',
            input: { name },
          };
          if (q.type === 'text') return <TextArea key={q.id} {...field} hint={t('textHint', { max: TEXT_MAX })} />;
          const options =
            q.type === 'scale' ? scaleOptions : q.options.map((o) => ({ value: String(o.id), label: o.label }));
          const hint =
            q.type === 'scale' && scale.minLabel && scale.maxLabel ? t('scaleHint', { ...scale }) : undefined;
          return <RadioField key={q.id} {...field} hint={hint} options={options} />;
        })}
        <SubmitButton pendingLabel={common('pending')}>{t('submit')}</SubmitButton>
      </form>
    </>
  );
}
