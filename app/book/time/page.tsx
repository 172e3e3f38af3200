import { getLocale, getTranslations } from 'next-intl/server';
import { BookedThisDay } from '@/components/booking/already-booked';
import { QuestionPage } from '@/components/booking/question-page';
import { StepFailure } from '@/components/booking/step-failure';
import { TimeSlots } from '@/components/booking/time-slots';
import { ClientIntl } from '@/components/i18n/client-intl';
import { QueryProvider } from '@/components/query-provider';
import { parseJourney } from '@/lib/booking/journey';
import { justBooked } from '@/lib/booking/just-booked';
import { stepMetadata } from '@/lib/booking/metadata';
import { prepareChoice } from '@/lib/booking/step-flow';
import { formatDate } from '@/lib/format';
import { unitZone } from '@/lib/i18n/zone-name';

export const generateMetadata = stepMetadata('time');

export default async function TimePage(props: PageProps<'/book/time'>) {
  const search = await props.searchParams;
  const step = await prepareChoice('time', search);
  if (step.kind === 'failed') return <StepFailure failure={step.failure} search={search} />;
  const [t, locale, bookingRef] = await Promise.all([
    getTranslations('booking'),
    getLocale(),
    justBooked({ ...parseJourney(search), time: undefined }),
  ]);
  const { context } = step;
  const { unit, serviceType, region, date } = context.resolved;
  const zone = await unitZone(unit.timeZone, locale);

  return (
    <>
      {bookingRef && <BookedThisDay bookingRef={bookingRef} />}
      <QuestionPage
        step="time"
        context={context}
        hint={
          <>
            <p className="first-letter:uppercase">
              {formatDate(date, locale)} · {unit.name} · {serviceType.name}
            </p>
            {zone && <p className="font-bold text-ink">{t('time.zone', { zone })}</p>}
          </>
        }
      >
        <ClientIntl namespaces={['booking.time']}>
          <QueryProvider>
            <TimeSlots
              scope={{ unitId: unit.id, serviceTypeId: serviceType.id, regionId: region.id, date: date }}
              initialSlots={context.options}
              selected={context.value}
            />
          </QueryProvider>
        </ClientIntl>
      </QuestionPage>
    </>
  );
}
