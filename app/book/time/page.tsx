import { getLocale, getTranslations } from 'next-intl/server';
import { JourneyFields } from '@/components/booking/journey-fields';
import { StepNotice } from '@/components/booking/step-notice';
import { TimeSlots } from '@/components/booking/time-slots';
import { UpstreamError } from '@/components/feedback/upstream-error';
import { QueryProvider } from '@/components/query-provider';
import { BackLink } from '@/components/ui/back-link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { ErrorMessage, FormGroup } from '@/components/ui/field-parts';
import { SubmitButton } from '@/components/ui/submit-button';
import { differsFromBrasilia, formatDate, zoneName } from '@/lib/booking/format';
import { stepMetadata } from '@/lib/booking/metadata';
import { prepareChoice } from '@/lib/booking/step-flow';

export const generateMetadata = stepMetadata('time');

export default async function TimePage(props: PageProps<'/book/time'>) {
  const step = await prepareChoice('time', await props.searchParams);
  if (step.kind === 'failed') return <UpstreamError failure={step.failure} />;
  const [t, locale] = await Promise.all([getTranslations('booking'), getLocale()]);
  const { context } = step;
  const { unit, type, date } = context.resolved;
  const error = context.error ? t('time.required') : undefined;

  return (
    <>
      <BackLink href={context.backHref}>{t('common.back')}</BackLink>
      <StepNotice code={context.notice} />
      {error && <ErrorSummary title={t('common.errorSummaryTitle')} errors={[{ field: 'time', message: error }]} />}
      <form method="get" action="/book/time" noValidate>
        <JourneyFields journey={context.journey} step="time" returnTo={context.returnTo} />
        <input type="hidden" name="go" value="1" />
        <FormGroup error={error}>
          <fieldset aria-describedby={error ? 'time-hint time-error' : 'time-hint'}>
            <legend className="mb-4">
              <h1 className="heading-l">{t('time.title')}</h1>
            </legend>
            <div id="time-hint" className="mb-4 text-secondary">
              <p className="first-letter:uppercase">
                {formatDate(date!, locale)} · {unit?.name} · {type?.name}
              </p>
              {unit && differsFromBrasilia(unit.timeZone) && (
                <p className="font-bold text-ink">{t('time.zone', { zone: zoneName(unit.timeZone, locale) })}</p>
              )}
            </div>
            <ErrorMessage name="time" prefix={t('common.errorPrefix')} message={error} />
            <QueryProvider>
              <TimeSlots
                scope={{ unitId: unit!.id, serviceTypeId: type!.id, date: date! }}
                initialSlots={context.options}
                selected={context.value}
              />
            </QueryProvider>
          </fieldset>
        </FormGroup>
        <SubmitButton pendingLabel={t('common.pending')}>{t('common.continue')}</SubmitButton>
      </form>
    </>
  );
}
