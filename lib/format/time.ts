import { TZDate } from '@date-fns/tz';

import { BRASILIA } from '@/lib/tatodesk/types';

export { BRASILIA };

/** The instant a wall-clock date (YYYY-MM-DD) and time (HH:MM) stand for in an IANA zone. */
export function wallClockInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y!, m! - 1, d!, hh!, mm!, timeZone).getTime());
}

/** The calendar day (YYYY-MM-DD) an instant falls on in an IANA zone. */
export const dayIn = (instant: Date | number, timeZone: string): string => {
  const local = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
};

/** Today's date in Brasília (YYYY-MM-DD): the organisation's day, for the staff and the managers. */
export const todayInBrasilia = () => dayIn(new Date(), BRASILIA);

const DAY_MS = 86_400_000;
/** The day `days` after (or before) the instant, in the zone. */
export const dayAfter = (instant: Date, days: number, timeZone: string) =>
  dayIn(instant.getTime() + days * DAY_MS, timeZone);
