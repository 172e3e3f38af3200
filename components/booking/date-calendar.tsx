'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { refreshDates } from '@/app/book/actions';
import { formatDate } from '@/lib/booking/format';
import { monthGrid, monthOf, shiftMonth } from '@/lib/booking/month';
import type { AvailableDate } from '@/lib/tatodesk/types';

type Props = {
  scope: { unitId: number; serviceTypeId: number };
  initialDates: AvailableDate[];
  initialMonth: string;
  selected?: string;
  /** The date step's address without a month, for the month links that work without JavaScript. */
  baseHref: string;
};

const REFRESH_MS = 60_000;

/**
 * A month of radio buttons: native keyboard behaviour, a full spoken name for every day, and
 * full days disabled. The months come from one upstream list, so changing month needs no load;
 * without JavaScript the month links reload the page instead.
 */
export function DateCalendar({ scope, initialDates, initialMonth, selected, baseHref }: Props) {
  const t = useTranslations('booking.date');
  const locale = useLocale();
  const { data: dates } = useQuery({
    queryKey: ['dates', scope.unitId, scope.serviceTypeId],
    queryFn: () => refreshDates(scope),
    initialData: initialDates,
    refetchInterval: REFRESH_MS,
    // The server's data is fresh on arrival (no refetch on mount); after that availability is
    // never fresh for long: coming back to the tab asks again at once.
    refetchOnMount: false,
    staleTime: 0,
  });
  const [month, setMonth] = useState(initialMonth);
  const vacancies = useMemo(() => new Map(dates.map((d) => [d.date, d.vacancies])), [dates]);
  const months = useMemo(() => [...new Set(dates.map((d) => monthOf(d.date)))].sort(), [dates]);
  const grid = monthGrid(month);
  const firstFree = grid.weeks.flat().find((day) => day && vacancies.has(day));

  const weekdays = grid.weeks[0]!.map((_, i) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 1 + i))),
  );
  const monthTitle = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );

  const go = (to: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    setMonth(to);
    window.history.replaceState(null, '', `${baseHref}&month=${to}`);
  };
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);

  return (
    <div className="mb-8 max-w-md">
      <div className="mb-3 flex items-center justify-between gap-2">
        {months[0]! < month ? (
          <a href={`${baseHref}&month=${previous}`} onClick={go(previous)} className="p-2">
            ‹ {t('previousMonth')}
          </a>
        ) : (
          <span />
        )}
        <h2 className="text-xl font-bold first-letter:uppercase" aria-live="polite">
          {monthTitle}
        </h2>
        {months.at(-1)! > month ? (
          <a href={`${baseHref}&month=${next}`} onClick={go(next)} className="p-2">
            {t('nextMonth')} ›
          </a>
        ) : (
          <span />
        )}
      </div>
      {!firstFree && <p className="mb-3">{t('noneThisMonth')}</p>}
      <table className="w-full table-fixed border-collapse text-center">
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day} scope="col" className="pb-2 text-sm font-bold capitalize text-secondary">
                {day.replace('.', '')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, d) =>
                day ? (
                  <td key={day} className="p-0.5">
                    <CalendarDay
                      day={day}
                      id={day === firstFree ? 'date' : `date-${day}`}
                      vacancies={vacancies.get(day)}
                      checked={day === selected}
                      label={
                        vacancies.has(day)
                          ? t('dayLabel', { date: formatDate(day, locale), vacancies: vacancies.get(day)! })
                          : t('unavailableLabel', { date: formatDate(day, locale) })
                      }
                    />
                  </td>
                ) : (
                  <td key={`empty-${d}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CalendarDay(props: { day: string; id: string; vacancies?: number; checked: boolean; label: string }) {
  const free = props.vacancies !== undefined;
  return (
    <span className="calendar-day">
      <input
        type="radio"
        name="date"
        id={props.id}
        value={props.day}
        disabled={!free}
        defaultChecked={props.checked && free}
        aria-describedby={props.id === 'date' ? 'date-hint' : undefined}
      />
      <label htmlFor={props.id}>
        <span aria-hidden="true">{Number(props.day.slice(8))}</span>
        <span className="sr-only">{props.label}</span>
      </label>
    </span>
  );
}
