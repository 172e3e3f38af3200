// Calendar arithmetic on YYYY-MM alone (no date library): the calendar runs it in the browser.
const parts = (month: string) => month.split('-').map(Number) as [number, number];
const asMonth = (year: number, monthIndex: number) => {
  const at = new Date(Date.UTC(year, monthIndex, 1));
  return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** A month as YYYY-MM, and the cells of its calendar grid (weeks start on Sunday, as in Brazil). */
export type MonthGrid = { month: string; weeks: (string | null)[][] };

export const monthOf = (date: string) => date.slice(0, 7);
export const shiftMonth = (month: string, by: number) => {
  const [year, number] = parts(month);
  return asMonth(year, number - 1 + by);
};

export function monthGrid(month: string): MonthGrid {
  const [year, number] = parts(month);
  const weekday = new Date(Date.UTC(year, number - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: weekday }, () => null);
  for (let day = 1; day <= days; day++) cells.push(`${month}-${String(day).padStart(2, '0')}`);
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
  if (available[0]) return monthOf(available[0]);
  const now = new Date();
  return asMonth(now.getFullYear(), now.getMonth());
}
