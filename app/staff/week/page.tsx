import { getFormatter, getTranslations } from 'next-intl/server';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { WeekFigures } from '@/components/manager/week-figures';
import { Choice } from '@/components/staff/choice';
import { pageTitle } from '@/lib/i18n/page-title';
import { managerReport } from '@/lib/manager/report';
import { calendarDay, shiftDays, weekQuerySchema, YEAR_WEEKS } from '@/lib/manager/week';
import { requireStaff } from '@/lib/staff/session';
import { unitGroups } from '@/lib/staff/units';
import { attempt } from '@/lib/upstream';

export async function generateMetadata() {
  const t = await getTranslations('staff.week');
  return { title: await pageTitle(t('title')), robots: { index: false } };
}

/**
 * The week at a unit, for managers: what the In-Person Services Report says per day and service,
 * the survey scores and the journey's funnel, as charts drawn on the server, their words, their
 * tables and a CSV. A plain GET form: the whole page works without JavaScript.
 */
export default async function StaffWeekPage(props: PageProps<'/staff/week'>) {
  await requireStaff('manager');
  const query = { ...weekQuerySchema.parse(await props.searchParams), weeks: 1 };
  const [t, format] = await Promise.all([getTranslations('staff.week'), getFormatter()]);
  const loaded = await attempt(async () => {
    const { units } = await unitGroups();
    const unit = units.flatMap((g) => g.options).find((u) => u.id === query.unit);
    return { units, unit, report: unit ? await managerReport(unit.id, query) : undefined };
  });
  if (!loaded.ok) return <FailurePanel failure={loaded.failure} />;
  const { units, unit, report } = loaded.data;
  const day = (d: string, long = false) =>
    format.dateTime(calendarDay(d), {
      day: 'numeric',
      month: long ? 'long' : 'short',
      year: long ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
  const params = (week: string, extra: Record<string, string> = {}) =>
    new URLSearchParams({
      ...(unit ? { unit: String(unit.id) } : {}),
      ...(query.service ? { service: String(query.service) } : {}),
      week,
      ...extra,
    }).toString();
  const href = (week: string) => `/staff/week?${params(week)}`;
  const csv = (extra: Record<string, string>) => `/staff/week/export?${params(query.week, extra)}`;

  return (
    <>
      <h1 className="heading-l">{t('title')}</h1>
      <form method="get" action="/staff/week" className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Choice name="unit" label={t('unit')} value={unit?.id} groups={units} />
        <div>
          <label htmlFor="week" className="label">
            {t('week')}
          </label>
          <input id="week" name="week" type="date" defaultValue={query.week} className="input" />
        </div>
        {report && (
          <Choice name="service" label={t('service')} value={query.service} groups={[{ options: report.services }]} />
        )}
        <div className="self-end">
          <button type="submit" className="button">
            {t('show')}
          </button>
        </div>
      </form>
      <nav aria-label={t('weeks')} className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <a href={href(shiftDays(query.week, -7))}>{t('previous')}</a>
        <a href={href(shiftDays(query.week, 7))}>{t('next')}</a>
      </nav>
      {!unit || !report ? (
        <p className="body-l">{t('chooseUnit')}</p>
      ) : (
        <>
          <h2 className="heading-m">
            {t('heading', { unit: unit.name, from: day(query.week, true), to: day(shiftDays(query.week, 6), true) })}
          </h2>
          <p className="mb-2 text-secondary">
            {t('readAt', {
              at: format.dateTime(new Date(report.readAt), {
                timeStyle: 'short',
                dateStyle: 'short',
                timeZone: 'America/Sao_Paulo',
              }),
            })}
          </p>
          {!report.complete && <p className="mb-4 border-l-4 border-warn pl-4">{t('incomplete')}</p>}
          <p className="mb-6 flex flex-wrap gap-x-6">
            <a href={csv({ kind: 'visits' })} download>
              {t('csvVisits')}
            </a>
            <a href={csv({ kind: 'journeys' })} download>
              {t('csvJourneys')}
            </a>
            <a href={csv({ kind: 'visits', weeks: String(YEAR_WEEKS) })} download>
              {t('csvYear')}
            </a>
          </p>
          <WeekFigures report={report} />
        </>
      )}
    </>
  );
}
