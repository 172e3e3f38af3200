import { getLocale, getTranslations } from 'next-intl/server';
import { QuestionPage } from '@/components/booking/question-page';
import { TimeSlots } from '@/components/booking/time-slots';
import { UpstreamError } from '@/components/feedback/upstream-error';
import { QueryProvider } from '@/components/query-provider';
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

  return (
    <QuestionPage
      step="time"
      context={context}
      hint={
        <>
          <p className="first-letter:uppercase">
            {formatDate(date!, locale)} · {unit?.name} · {type?.name}
          </p>
          {unit && differsFromBrasilia(unit.timeZone) && (
            <p className="font-bold text-ink">{t('time.zone', { zone: zoneName(unit.timeZone, locale) })}</p>
          )}
        </>
      }
    >
      <QueryProvider>
        <TimeSlots
          scope={{ unitId: unit!.id, serviceTypeId: type!.id, date: date! }}
          initialSlots={context.options}
          selected={context.value}
        />
      </QueryProvider>
    </QuestionPage>
  );
}
