import { getTranslations } from 'next-intl/server';
import { DateCalendar } from '@/components/booking/date-calendar';
import { QuestionPage } from '@/components/booking/question-page';
import { StepFailure } from '@/components/booking/step-failure';
import { HelpLineNote } from '@/components/feedback/help-line';
import { ClientIntl } from '@/components/i18n/client-intl';
import { QueryProvider } from '@/components/query-provider';
import { WaitingListOffer } from '@/components/waitlist/offer';
import { stepMetadata } from '@/lib/booking/metadata';
import { initialMonth } from '@/lib/booking/month';
import { prepareChoice } from '@/lib/booking/step-flow';
import { stepHref } from '@/lib/booking/steps';
import { readParam } from '@/lib/http/search-params';
import { closedDayReasons } from '@/lib/upstream/help-line';

export const generateMetadata = stepMetadata('date');

export default async function DatePage(props: PageProps<'/book/date'>) {
  const search = await props.searchParams;
  const step = await prepareChoice('date', search);
  if (step.kind === 'failed') return <StepFailure failure={step.failure} search={search} />;
  const t = await getTranslations('booking');
  const { context } = step;
  const { unit, serviceType, region } = context.resolved;
  const free = context.options.filter((d) => d.vacancies > 0);
  const month = initialMonth(
    readParam(search, 'month'),
    context.value,
    free.map((d) => d.date),
  );
  const base = stepHref('date', { ...context.journey, date: undefined }, { return: context.returnTo });
  // Why a closed day is closed, for the months the calendar shows (the Contact Center's exceptions).
  const scope = { unitId: unit.id, companyId: unit.companyId };
  const months = new Set(context.options.map((d) => d.date.slice(0, 7)).concat(month));
  const closed = Object.fromEntries(
    [...(await closedDayReasons(scope))].filter(([date]) => months.has(date.slice(0, 7))),
  );

  return (
    <>
      <QuestionPage
        step="date"
        context={context}
        hint={`${unit.name} · ${serviceType.name}. ${t('date.hint')}`}
        empty={free.length === 0 ? t('date.none') : undefined}
      >
        <ClientIntl namespaces={['booking.date']}>
          <QueryProvider>
            <DateCalendar
              scope={{ unitId: unit.id, serviceTypeId: serviceType.id, regionId: region.id }}
              initialDates={context.options}
              initialMonth={month}
              selected={context.value}
              baseHref={base.includes('?') ? base : `${base}?`}
              closed={closed}
            />
          </QueryProvider>
        </ClientIntl>
      </QuestionPage>
      <WaitingListOffer journey={context.journey} full={free.length === 0} />
      {free.length === 0 && <HelpLineNote scope={scope} />}
    </>
  );
}
