'use client';

import { useTranslations } from '@/components/i18n/intl-provider';
import { ErrorSummary, type FieldError } from '@/components/ui/error-summary';
import type { Failure } from '@/lib/upstream';

/**
 * What a form page shows above its form after a submission: its title, marked "Error:" while there
 * are errors; the error summary; and, in a status region, what kept it from going through.
 */
export function FormHead({
  pageTitle,
  errors,
  submission,
  problem,
}: {
  pageTitle: string;
  errors: FieldError[];
  submission: unknown;
  problem?: string;
}) {
  const common = useTranslations('common');
  return (
    <>
      <title>{errors.length ? `${common('errorPrefix')} ${pageTitle}` : pageTitle}</title>
      <ErrorSummary title={common('errorSummaryTitle')} errors={errors} submission={submission} />
      <div role="status">
        {problem && <p className="mb-6 border-l-4 border-error bg-surface p-4 font-bold">{problem}</p>}
      </div>
    </>
  );
}

/** The shared store away, or the upstream failing (with its reference): said the same way on every form. */
export function useSystemProblem() {
  const upstream = useTranslations('upstream');
  return (store: boolean, failure?: Failure) =>
    store
      ? `${upstream('storeBody')} ${upstream('unsaved')}`
      : failure
        ? `${upstream('unavailableBody')} ${upstream('reference', { reference: failure.reference })}`
        : undefined;
}
