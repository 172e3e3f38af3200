import { TZDate } from '@date-fns/tz';

/** Brasília time: the zone a unit is in when the upstream names none, and the staff's clock. */
export const BRASILIA = 'America/Sao_Paulo';

/** The instant a wall-clock date (YYYY-MM-DD) and time (HH:MM) stand for in an IANA zone. */
export function wallClockInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y!, m! - 1, d!, hh!, mm!, timeZone).getTime());
}
