'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocale, useTranslations } from '@/components/i18n/intl-provider';
import { useLiveQuery } from '@/components/live/use-live-query';
import { monthGrid, monthOf, shiftMonth } from '@/lib/booking/month';
import { formatDate } from '@/lib/format';
import type { AvailableDate } from '@/lib/tatodesk/types';

type Props = {
  scope: { unitId: number; serviceTypeId: number; regionId: number };
  initialDates: AvailableDate[];
  initialMonth: string;
  selected?: string;
  /** The date step's address without a month, for the month links that work without JavaScript. */
  baseHref: string;
  /** Days closed all day, with the reason the organisation gives ("Feriado municipal"). */
  closed?: Record<string, string>;
};

const REFRESH_MS = 60_000;

/**
 * A month of radio buttons: native keyboard behaviour, a full spoken name for every day, and
 * full days disabled. The months come from one upstream list, so changing month needs no load;
 * without JavaScript the month links reload the page instead.
 */
export function DateCalendar({ scope, initialDates, initialMonth, selected, baseHref, closed = {} }: Props) {
  const t = useTranslations('booking.date');
  const locale = useLocale();
  // The server's data is fresh on arrival; after that availability is never fresh for long.
  const { data: dates } = useLiveQuery(
    ['dates', scope.unitId, scope.serviceTypeId],
    `/book/live/dates?unit=${scope.unitId}&serviceType=${scope.serviceTypeId}&region=${scope.regionId}`,
    initialDates,
    REFRESH_MS,
  );

  const [month, setMonth] = useState(initialMonth);
  const vacancies = useMemo(() => new Map(dates.map((d) => [d.date, d.vacancies])), [dates]);
  const months = useMemo(() => [...new Set(dates.map((d) => monthOf(d.date)))].sort(), [dates]);
  const grid = monthGrid(month);
  const isFree = (day: string) => (vacancies.get(day) ?? 0) > 0;
  const firstFree = grid.weeks.flat().find((day) => day && isFree(day));
  const closedThisMonth = Object.entries(closed)
    .filter(([day]) => monthOf(day) === month && !vacancies.has(day))
    .sort(([a], [b]) => a.localeCompare(b));

  const weekdays = grid.weeks[0]!.map((_, i) =>
    new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 0, 1 + i))),
  );
  const monthTitle = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );

  const title = useRef<HTMLHeadingElement>(null);
  const [titleFocus, setTitleFocus] = useState(0);
  useEffect(() => {
    if (titleFocus > 0) title.current?.focus();
  }, [titleFocus]);
  const go = (to: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    setMonth(to);
    window.history.replaceState(null, '', `${baseHref}&month=${to}`);
    // The link just used is gone at either end of the months: focus goes to the month's name,
    // not to the top of the page.
    const stillThere = to < month ? months[0]! < to : months.at(-1)! > to;
    if (!stillThere) setTitleFocus((n) => n + 1);
  };
  /** Arrows move by day and by week as the grid shows, passing over closed and full days. */
  const onKeyDown = (event: React.KeyboardEvent<HTMLTableElement>) => {
    const step = ({ ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 } as Record<string, number>)[event.key];
    const from = event.target;
    if (!step || !(from instanceof HTMLInputElement) || from.name !== 'date') return;
    event.preventDefault();
    const days = grid.weeks.flat().filter((day): day is string => Boolean(day));
    let i = days.indexOf(from.value) + step;
    while (i >= 0 && i < days.length && !isFree(days[i]!)) i += step;
    const to = days[i] && event.currentTarget.querySelector<HTMLInputElement>(`input[value="${days[i]}"]`);
    if (!to) return;
    to.checked = true;
    to.focus();
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
        <h2 ref={title} tabIndex={-1} className="text-xl font-bold first-letter:uppercase" aria-live="polite">
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
      <table className="w-full table-fixed border-collapse text-center" onKeyDown={onKeyDown}>
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
                        // Listed with places, listed but full, or not listed at all: closed (a weekend, a
                        // holiday, a day past or beyond the booking horizon).
                        isFree(day)
                          ? t('dayLabel', { date: formatDate(day, locale), vacancies: vacancies.get(day)! })
                          : vacancies.has(day)
                            ? t('fullLabel', { date: formatDate(day, locale) })
                            : closed[day]
                              ? t('closedReasonLabel', { date: formatDate(day, locale), reason: closed[day] })
                              : t('closedLabel', { date: formatDate(day, locale) })
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
      {closedThisMonth.length > 0 && (
        <section aria-labelledby="closed-title" className="mt-4">
          <h3 id="closed-title" className="font-bold">
            {t('closedTitle')}
          </h3>
          <ul className="list-disc pl-6">
            {closedThisMonth.map(([day, reason]) => (
              <li key={day}>{t('closedDay', { date: formatDate(day, locale, 'long'), reason })}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function CalendarDay(props: { day: string; id: string; vacancies?: number; checked: boolean; label: string }) {
  const free = (props.vacancies ?? 0) > 0;
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
