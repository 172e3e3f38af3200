'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from '@/components/i18n/intl-provider';
import { useLiveQuery } from '@/components/live/use-live-query';
import type { PeriodSlots } from '@/lib/booking/slots';

type Props = {
  scope: { unitId: number; serviceTypeId: number; regionId: number; date: string };
  initialSlots: PeriodSlots[];
  selected?: string;
};

const REFRESH_MS = 30_000;
const count = (groups: PeriodSlots[]) => groups.reduce((sum, g) => sum + g.slots.length, 0);

/** The day's free times grouped by period, refreshed while the citizen chooses so taken places disappear. */
export function TimeSlots({ scope, initialSlots, selected }: Props) {
  const t = useTranslations('booking.time');
  // The server's data is fresh on arrival; after that availability is never fresh for long.
  const { data: groups } = useLiveQuery(
    ['times', scope.unitId, scope.serviceTypeId, scope.date],
    `/book/live/times?unit=${scope.unitId}&serviceType=${scope.serviceTypeId}&region=${scope.regionId}&date=${scope.date}`,
    initialSlots,
    REFRESH_MS,
  );

  const [announcement, setAnnouncement] = useState('');
  // The time the person picked: if a refresh takes it away, they are told at the question.
  const [chosen, setChosen] = useState(selected);
  const chosenGone = chosen !== undefined && !groups.some((g) => g.slots.some((slot) => slot.time === chosen));
  const previous = useRef(count(initialSlots));
  useEffect(() => {
    const now = count(groups);
    if (now !== previous.current) setAnnouncement(t('updated', { count: now }));
    previous.current = now;
  }, [groups, t]);

  const firstTime = groups[0]?.slots[0]?.time;
  return (
    <div
      className="mb-8 space-y-6"
      onChange={(event) => setChosen((event.target as HTMLInputElement).value || undefined)}
    >
      {chosenGone && (
        <p role="alert" className="border-l-4 border-error bg-surface p-4 font-bold text-error">
          {t('chosenGone', { time: chosen })}
        </p>
      )}
      {groups.map((group) => (
        <div key={group.period} role="group" aria-labelledby={`period-${group.period}`}>
          <h2 id={`period-${group.period}`} className="heading-m">
            {t(`periods.${group.period}`)}
          </h2>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {group.slots.map((slot) => {
              // The first time carries the bare name, so the error summary's link lands on it.
              const id = slot.time === firstTime ? 'time' : `time-${slot.time.replace(':', '')}`;
              return (
                <span key={slot.time} className="calendar-day">
                  <input type="radio" name="time" id={id} value={slot.time} defaultChecked={slot.time === selected} />
                  <label htmlFor={id} className="flex-col px-1 py-1">
                    <span aria-hidden="true">{slot.time}</span>
                    <span aria-hidden="true" className="text-sm font-normal">
                      {t('vacancies', { count: slot.vacancies })}
                    </span>
                    <span className="sr-only">{t('slotLabel', { time: slot.time, vacancies: slot.vacancies })}</span>
                  </label>
                </span>
              );
            })}
          </div>
        </div>
      ))}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
