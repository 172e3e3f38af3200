import { addMonths, format, getDay, getDaysInMonth, parse } from 'date-fns';

/** A month as YYYY-MM, and the cells of its calendar grid (weeks start on Sunday, as in Brazil). */
export type MonthGrid = { month: string; weeks: (string | null)[][] };

export const monthOf = (date: string) => date.slice(0, 7);
export const shiftMonth = (month: string, by: number) =>
  format(addMonths(parse(month, 'yyyy-MM', new Date()), by), 'yyyy-MM');

export function monthGrid(month: string): MonthGrid {
  const first = parse(month, 'yyyy-MM', new Date());
  const cells: (string | null)[] = Array.from({ length: getDay(first) }, () => null);
  for (let day = 1; day <= getDaysInMonth(first); day++) cells.push(`${month}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { month, weeks };
}

/** The month to show: the one asked for if it has free days, else the chosen day's, else the first free one's. */
export function initialMonth(asked: string | undefined, selected: string | undefined, available: string[]): string {
  const months = new Set(available.map(monthOf));
  if (asked && /^\d{4}-\d{2}$/.test(asked) && months.has(asked)) return asked;
  if (selected && months.has(monthOf(selected))) return monthOf(selected);
  return available[0] ? monthOf(available[0]) : format(new Date(), 'yyyy-MM');
}
