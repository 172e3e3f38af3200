import { getTranslations } from 'next-intl/server';
import type { ChoiceContext } from '@/lib/booking/step-flow';
import type { ChoiceStep } from '@/lib/booking/steps';
import { BackLink } from '@/components/ui/back-link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Notice } from '@/components/ui/notice';
import { Radios, type RadioOption } from '@/components/ui/radios';
import { SubmitButton } from '@/components/ui/submit-button';
import { JourneyFields } from './journey-fields';
import { StepNotice } from './step-notice';

type Props<S extends ChoiceStep> = {
  step: S;
  context: ChoiceContext<S>;
  options: RadioOption[];
  hint?: React.ReactNode;
  /** Shown instead of the question when there is nothing to choose from. */
  empty?: React.ReactNode;
};

/** One question per page: a GET form, so that every answer lands in the URL and works without JavaScript. */
export async function ChoiceQuestion<S extends ChoiceStep>({ step, context, options, hint, empty }: Props<S>) {
  const t = await getTranslations('booking');
  const question: ChoiceStep = step;
  const error = context.error ? t(`${question}.required`) : undefined;
  return (
    <>
      <BackLink href={context.backHref}>{t('common.back')}</BackLink>
      <StepNotice code={context.notice} />
      {error && <ErrorSummary title={t('common.errorSummaryTitle')} errors={[{ field: step, message: error }]} />}
      {options.length === 0 && empty ? (
        <>
          <h1 className="heading-l">{t(`${question}.title`)}</h1>
          <Notice title={t('common.noticeTitle')}>{empty}</Notice>
        </>
      ) : (
        <form method="get" action={`/book/${step}`} noValidate>
          <JourneyFields journey={context.journey} step={step} returnTo={context.returnTo} />
          <input type="hidden" name="go" value="1" />
          <Radios
            name={step}
            legend={t(`${question}.title`)}
            isPageHeading
            hint={hint}
            error={error}
            errorPrefix={t('common.errorPrefix')}
            options={options}
            value={context.value}
          />
          <SubmitButton pendingLabel={t('common.pending')}>{t('common.continue')}</SubmitButton>
        </form>
      )}
    </>
  );
}
