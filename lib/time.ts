import { TZDate } from '@date-fns/tz';

/** The instant a wall-clock date (YYYY-MM-DD) and time (HH:MM) stand for in an IANA zone. */
export function wallClockInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y!, m! - 1, d!, hh!, mm!, timeZone).getTime());
}
