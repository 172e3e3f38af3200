import { getFormatter, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { figureColumns, minuteColumns, type Figures, type ManagerReport } from '@/lib/manager/report';
import { calendarDay } from '@/lib/manager/week';
import { funnelStages, type Funnel } from '@/lib/pulse/funnel';
import { BarChart } from './bar-chart';

/** The week's figures: each chart with its words and its table, then every day and service. */
export async function WeekFigures({ report }: { report: ManagerReport }) {
  const [t, format] = await Promise.all([getTranslations('staff.week'), getFormatter()]);
  const short = (d: string) => format.dateTime(calendarDay(d), { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  const compact = (d: string) =>
    format.dateTime(calendarDay(d), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const long = (d: string) =>
    format.dateTime(calendarDay(d), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const minutes = (value?: number) => (value === undefined ? '—' : t('minutes', { value }));
  const score = (f: Figures) =>
    f.score === undefined ? '—' : format.number(f.score, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const { total, byDay } = report;
  const busiest = byDay.reduce((a, b) => (b.booked + b.walkIns > a.booked + a.walkIns ? b : a));
  const journeys = report.journeys;
  const week =
    journeys &&
    (Object.fromEntries(funnelStages.map((s) => [s, journeys.reduce((sum, d) => sum + d[s], 0)])) as Funnel);
  const stages = funnelStages;

  return (
    <>
      <Section id="visits" title={t('visits')}>
        <BarChart
          id="visits-chart"
          title={t('visitsChart')}
          summary={
            total.booked + total.walkIns === 0
              ? t('visitsNone')
              : t('visitsSummary', {
                  booked: total.booked,
                  walkIns: total.walkIns,
                  noShows: total.noShows,
                  cancelled: total.cancelled,
                  served: total.served,
                  busiest: long(busiest.date),
                  busiestCount: busiest.booked + busiest.walkIns,
                })
          }
          categories={byDay.map((d) => short(d.date))}
          series={[
            { name: t('booked'), fill: 'fill-brand-dark', values: byDay.map((d) => d.booked) },
            { name: t('walkIns'), fill: 'fill-brand', values: byDay.map((d) => d.walkIns) },
            { name: t('noShows'), fill: 'fill-error', values: byDay.map((d) => d.noShows) },
          ]}
        />
        <DataTable
          caption={t('visitsChart')}
          headers={[t('day'), t('booked'), t('walkIns'), t('noShows'), t('cancelled'), t('served')]}
          rows={[...byDay, { ...total, date: '' }].map((d) => ({
            key: d.date || 'total',
            cells: [d.date ? long(d.date) : t('total'), d.booked, d.walkIns, d.noShows, d.cancelled, d.served],
          }))}
        />
      </Section>

      <Section id="times" title={t('times')}>
        <BarChart
          id="waits-chart"
          title={t('waitsChart')}
          summary={
            total.waitMedian === undefined
              ? t('waitsNone')
              : t('waitsSummary', {
                  median: total.waitMedian,
                  p90: total.waitP90 ?? 0,
                  serviceMedian: total.serviceMedian ?? 0,
                  serviceP90: total.serviceP90 ?? 0,
                })
          }
          categories={byDay.map((d) => short(d.date))}
          series={[
            { name: t('waitMedian'), fill: 'fill-brand', values: byDay.map((d) => d.waitMedian) },
            { name: t('waitP90'), fill: 'fill-brand-dark', values: byDay.map((d) => d.waitP90) },
          ]}
        />
        <DataTable
          caption={t('timesTable')}
          headers={[t('day'), t('waitMedian'), t('waitP90'), t('serviceMedian'), t('serviceP90')]}
          rows={[...byDay, { ...total, date: '' }].map((d) => ({
            key: d.date || 'total',
            cells: [
              d.date ? long(d.date) : t('total'),
              minutes(d.waitMedian),
              minutes(d.waitP90),
              minutes(d.serviceMedian),
              minutes(d.serviceP90),
            ],
          }))}
        />
      </Section>

      <Section id="survey" title={t('survey')}>
        <p className="body-m">
          {total.surveys === 0 || total.score === undefined
            ? t('surveyNone')
            : t('surveySummary', { surveys: total.surveys, score: score(total), max: report.scale?.max ?? 0 })}
        </p>
      </Section>

      <Section id="journeys" title={t('journeys')}>
        <p className="mb-4 text-secondary">{t('journeysNote')}</p>
        {!journeys || !week ? (
          <p className="body-m">{t('journeysUnavailable')}</p>
        ) : (
          <>
            <BarChart
              id="journeys-chart"
              title={t('journeysChart')}
              summary={
                week.unit === 0
                  ? t('journeysNone')
                  : t('journeysSummary', {
                      ...week,
                      rate: format.number(week.booked / week.unit, { style: 'percent' }),
                    })
              }
              categories={stages.map((s) => t(`stageShort.${s}`))}
              series={[{ name: t('journeysWeek'), fill: 'fill-brand', values: stages.map((s) => week[s]) }]}
            />
            <DataTable
              caption={t('journeysChart')}
              headers={[t('day'), ...stages.map((s) => t(`stage.${s}`))]}
              rows={journeys.map((d) => ({ key: d.day, cells: [long(d.day), ...stages.map((s) => d[s])] }))}
            />
          </>
        )}
      </Section>

      <section>
        <h2 id="by-service" className="heading-m">
          {t('byService')}
        </h2>
        {report.rows.length === 0 ? (
          <p className="body-m">{t('visitsNone')}</p>
        ) : (
          <DataTable
            wide
            caption={t('byService')}
            headers={[t('day'), t('service'), ...figureColumns.map((c) => t(c))]}
            rows={report.rows.map((r) => ({
              key: `${r.date}-${r.serviceTypeId}`,
              cells: [
                compact(r.date),
                r.service,
                ...figureColumns.map((c) => (c === 'score' ? score(r) : minuteColumns.has(c) ? minutes(r[c]) : r[c])),
              ],
            }))}
          />
        )}
      </section>
    </>
  );
}

/** A part of the week: a region named by its heading. */
function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="heading-m">
        {title}
      </h2>
      {children}
    </section>
  );
}
