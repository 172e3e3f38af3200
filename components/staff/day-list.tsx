'use client';

import { useLocale, useTranslations } from '@/components/i18n/intl-provider';
import { useLiveQuery } from '@/components/live/use-live-query';
import { DataTable } from '@/components/ui/data-table';
import { hasPriority } from '@/lib/answers/priority';
import type { Day, DayQuery } from '@/lib/staff/day';
import { appointmentStatuses } from '@/lib/tatodesk/types';

const REFRESH_MS = 30_000;

/** The filters as they stand in the URL (the page's address and its live refresh share them). */
function dayParams(query: DayQuery, page = query.page): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['company', 'unit', 'date', 'q', 'search', 'waiting', 'priority'] as const)
    if (query[key] !== undefined) params.set(key, String(query[key]));
  for (const status of query.status) params.append('status', status);
  params.set('page', String(page));
  return params;
}

/** The same filters on another page. */
const pageHref = (query: DayQuery, page: number) => `/staff/day?${dayParams(query, page)}`;

/** The day's list: counts, a table and pages; it refreshes itself every 30 s with the URL's filters. */

type Props = {
  query: DayQuery;
  initial: Day;
  /** The chosen unit's zone (Brasília's when none is chosen), and its name where it is not Brasília. */
  timeZone: string;
  zone?: string;
};

export function DayList({ query, initial, timeZone, zone }: Props) {
  const t = useTranslations('staff.day');
  const words = useTranslations('statuses');
  const ended = useTranslations('staff.appointment')('sessionEnded');
  const locale = useLocale();
  const bookingT = useTranslations('booking');
  const { data: day, signedOut } = useLiveQuery(
    ['staff-day', query],
    `/staff/live/day?${dayParams(query)}`,
    initial,
    REFRESH_MS,
  );

  const clock = new Intl.DateTimeFormat(locale, { timeStyle: 'medium', timeZone }).format(new Date(day.at));
  const time = zone ? bookingT('check.timeInZone', { time: clock, zone }) : clock;

  return (
    <>
      <section aria-labelledby="counts-title" className="mb-8">
        <h2 id="counts-title" className="heading-m">
          {t('counts')}
        </h2>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          <div className="border-2 border-ink p-2">
            <dt>{t('total')}</dt>
            <dd className="text-2xl font-bold">{day.counts.all}</dd>
          </div>
          {appointmentStatuses.map((s) => (
            <div key={s} className="border-2 border-border p-2">
              <dt>{words(s)}</dt>
              <dd className="text-2xl font-bold">{day.counts[s]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p role="status" className="mb-4 text-secondary">
        {signedOut ? <strong className="text-error">{ended}</strong> : t('updated', { time })}
      </p>
      {day.rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <DataTable
          caption={t('table')}
          headers={[t('time'), t('code'), t('protocol'), t('citizen'), t('serviceType'), t('status')]}
          rows={day.rows.map((row) => ({
            key: row.attendanceId,
            cells: [
              // Times and numbers never break across lines.
              <span key="time" className="whitespace-nowrap">
                {row.time ?? '—'}
              </span>,
              row.code ?? '—',
              <a key="protocol" href={`/staff/appointments/${row.protocol}`} className="whitespace-nowrap">
                {row.protocol}
              </a>,
              hasPriority(row.answers) ? (
                <span key="citizen">
                  {row.clientName} <strong className="badge">{t('priorityBadge')}</strong>
                </span>
              ) : (
                row.clientName
              ),
              row.serviceType.name,
              row.status === 'unknown' ? row.statusLabel : words(row.status),
            ],
          }))}
        />
      )}
      <nav aria-label={t('page', { page: day.page, pages: day.pages })} className="flex flex-wrap items-center gap-6">
        {day.page > 1 && <a href={pageHref(query, day.page - 1)}>{t('previous')}</a>}
        <span>{t('page', { page: day.page, pages: day.pages })}</span>
        {day.page < day.pages && <a href={pageHref(query, day.page + 1)}>{t('next')}</a>}
      </nav>
    </>
  );
}
