import { getTranslations } from 'next-intl/server';
import { DateCalendar } from '@/components/booking/date-calendar';
import { JourneyFields } from '@/components/booking/journey-fields';
import { StepNotice } from '@/components/booking/step-notice';
import { UpstreamError } from '@/components/feedback/upstream-error';
import { QueryProvider } from '@/components/query-provider';
import { BackLink } from '@/components/ui/back-link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { ErrorMessage, FormGroup } from '@/components/ui/field-parts';
import { Notice } from '@/components/ui/notice';
import { SubmitButton } from '@/components/ui/submit-button';
import { readParam } from '@/lib/booking/journey';
import { stepMetadata } from '@/lib/booking/metadata';
import { initialMonth } from '@/lib/booking/month';
import { prepareChoice } from '@/lib/booking/step-flow';
import { stepHref } from '@/lib/booking/steps';

export const generateMetadata = stepMetadata('date');

export default async function DatePage(props: PageProps<'/book/date'>) {
  const search = await props.searchParams;
  const step = await prepareChoice('date', search);
  if (step.kind === 'failed') return <UpstreamError failure={step.failure} />;
  const t = await getTranslations('booking');
  const { context } = step;
  const { unit, type } = context.resolved;
  const error = context.error ? t('date.required') : undefined;
  const month = initialMonth(
    readParam(search, 'month'),
    context.value,
    context.options.map((d) => d.date),
  );
  const base = stepHref('date', { ...context.journey, date: undefined }, { return: context.returnTo });

  return (
    <>
      <BackLink href={context.backHref}>{t('common.back')}</BackLink>
      <StepNotice code={context.notice} />
      {error && <ErrorSummary title={t('common.errorSummaryTitle')} errors={[{ field: 'date', message: error }]} />}
      {context.options.length === 0 ? (
        <>
          <h1 className="heading-l">{t('date.title')}</h1>
          <Notice title={t('common.noticeTitle')}>{t('date.none')}</Notice>
        </>
      ) : (
        <form method="get" action="/book/date" noValidate>
          <JourneyFields journey={context.journey} step="date" returnTo={context.returnTo} />
          <input type="hidden" name="go" value="1" />
          <FormGroup error={error}>
            <fieldset aria-describedby={error ? 'date-hint date-error' : 'date-hint'}>
              <legend className="mb-4">
                <h1 className="heading-l">{t('date.title')}</h1>
              </legend>
              <p id="date-hint" className="mb-4 text-secondary">
                {unit?.name} · {type?.name}. {t('date.hint')}
              </p>
              <ErrorMessage name="date" prefix={t('common.errorPrefix')} message={error} />
              <QueryProvider>
                <DateCalendar
                  scope={{ unitId: unit!.id, serviceTypeId: type!.id }}
                  initialDates={context.options}
                  initialMonth={month}
                  selected={context.value}
                  baseHref={base.includes('?') ? base : `${base}?`}
                />
              </QueryProvider>
            </fieldset>
          </FormGroup>
          <SubmitButton pendingLabel={t('common.pending')}>{t('common.continue')}</SubmitButton>
        </form>
      )}
    </>
  );
}
