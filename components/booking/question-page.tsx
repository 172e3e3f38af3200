import { randomUUID } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, ErrorMessage, FormGroup, Hint } from '@/components/ui/field-parts';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ChoiceContext } from '@/lib/booking/step-flow';
import { stepPath, type ChoiceStep } from '@/lib/booking/steps';
import { JourneyFields } from './journey-fields';
import { StepNotice } from './step-notice';

type Props<S extends ChoiceStep> = {
  step: S;
  context: ChoiceContext<S>;
  hint?: React.ReactNode;
  /** Shown instead of the question when there is nothing to choose from. */
  empty?: React.ReactNode;
  /** The answers: radio buttons named after the step, the first with the step's name as id. */
  children: React.ReactNode;
};

/**
 * One question per page, GOV.UK style: the question is the page's h1 inside the legend, the error
 * sits at the field and in a summary on top. A GET form, so every answer lands in the URL and the
 * page works without JavaScript.
 */
export async function QuestionPage<S extends ChoiceStep>({ step, context, hint, empty, children }: Props<S>) {
  const [t, common, change] = await Promise.all([
    getTranslations('booking'),
    getTranslations('common'),
    getTranslations('change'),
  ]);
  const question: ChoiceStep = step;
  const title = t(`${question}.title`);
  const error = context.error ? t(`${question}.required`) : undefined;
  return (
    <>
      <BackLink href={context.backHref}>{common('back')}</BackLink>
      <StepNotice code={context.notice} />
      {context.replaces && (
        <Notice title={change('replacingTitle', { protocol: context.replaces })}>
          {change('replacingBody', { protocol: context.replaces })}
        </Notice>
      )}
      {error && (
        <ErrorSummary
          title={common('errorSummaryTitle')}
          errors={[{ field: step, message: error }]}
          // Each unanswered submission is a navigation, and a render of its own.
          submission={randomUUID()}
        />
      )}
      {empty ? (
        <>
          <h1 className="heading-l">{title}</h1>
          <Notice title={common('noticeTitle')}>{empty}</Notice>
        </>
      ) : (
        <form method="get" action={stepPath(step)} noValidate>
          <JourneyFields journey={context.journey} step={step} returnTo={context.returnTo} />
          <input type="hidden" name="go" value="1" />
          <FormGroup error={error}>
            <fieldset aria-describedby={describedBy(step, hint, error)}>
              <legend className="mb-4">
                <h1 className="heading-l">{title}</h1>
              </legend>
              <Hint name={step}>{hint}</Hint>
              <ErrorMessage name={step} prefix={common('errorPrefix')} message={error} />
              {children}
            </fieldset>
          </FormGroup>
          <SubmitButton pendingLabel={common('pending')}>{common('continue')}</SubmitButton>
        </form>
      )}
    </>
  );
}
