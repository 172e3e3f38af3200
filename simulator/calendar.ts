import { TZDate } from '@date-fns/tz';
import { addDays, addMinutes, format, getDay, parse } from 'date-fns';
import { nationalHolidays, type SimUnit } from './dataset/units';

/** How far ahead a citizen may book. */
export const HORIZON_DAYS = 42;

export const todayIn = (now: Date, timeZone: string) => format(new TZDate(now, timeZone), 'yyyy-MM-dd');
export const plusDays = (iso: string, days: number) =>
  format(addDays(parse(iso, 'yyyy-MM-dd', new Date()), days), 'yyyy-MM-dd');

export function isOpenDay(unit: SimUnit, iso: string): boolean {
  const weekday = getDay(parse(iso, 'yyyy-MM-dd', new Date()));
  if (weekday === 0 || weekday === 6) return false;
  const monthDay = iso.slice(5);
  return !nationalHolidays.includes(monthDay) && !unit.holidays.includes(monthDay);
}

/** Open days from tomorrow (in the unit's zone) to the horizon. */
export function bookableDays(unit: SimUnit, now: Date): string[] {
  const today = todayIn(now, unit.wire.timeZone);
  const days: string[] = [];
  for (let i = 1; i <= HORIZON_DAYS; i++) {
    const day = plusDays(today, i);
    if (isOpenDay(unit, day)) days.push(day);
  }
  return days;
}

export function hoursOf(unit: SimUnit, periodID: number): string[] {
  const period = unit.periods.find((p) => p.periodID === periodID);
  if (!period) return [];
  const hours: string[] = [];
  const end = parse(period.end, 'HH:mm', new Date(2000, 0, 1));
  for (let t = parse(period.start, 'HH:mm', new Date(2000, 0, 1)); t < end; t = addMinutes(t, unit.intervalMinutes)) {
    hours.push(format(t, 'HH:mm'));
  }
  return hours;
}

export const periodOf = (unit: SimUnit, hour: string) =>
  unit.periods.find((p) => hour >= p.start && hour < p.end)?.periodID;

/** FNV-1a: a stable hash so that the seeded bookings are the same on every run. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Places taken before the simulator started: some days are full, many hours partly so. */
export function seededBookings(unit: SimUnit, attendanceTypeID: number, date: string, hour: string): number {
  if (hash(`${unit.wire.ID}|${date}`) % 11 === 0) return unit.capacity;
  const h = hash(`${unit.wire.ID}|${attendanceTypeID}|${date}|${hour}`) % 10;
  if (h < 2) return unit.capacity;
  if (h < 5) return unit.capacity - 1;
  return 0;
}

/** The instant a unit's wall-clock date and hour stand for. */
export function instantOf(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y!, m! - 1, d!, hh!, mm!, timeZone).getTime());
}
