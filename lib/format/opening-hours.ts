import type { OpeningHours } from '@/lib/tatodesk/types';

/** Words for a week of opening hours, in the citizen's language. */
export type HoursWords = {
  range: (from: string, to: string) => string;
  times: (start: string, end: string) => string;
};

const weekdayName = (weekDay: number, locale: string) =>
  // 1 January 2023 was a Sunday: weekday 0.
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + weekDay)),
  );

/**
 * A week of opening hours as a person says it: days in a row with the same hours together
 * ("segunda-feira a sexta-feira, das 07:00 às 19:00; sábado, das 08:00 às 12:00").
 */
export function describeOpeningHours(hours: readonly OpeningHours[], locale: string, words: HoursWords): string {
  const byDay = [...hours].sort((a, b) => a.weekDay - b.weekDay || a.start.localeCompare(b.start));
  const runs: { from: number; to: number; times: string }[] = [];
  for (const weekDay of [...new Set(byDay.map((h) => h.weekDay))]) {
    const times = byDay
      .filter((h) => h.weekDay === weekDay)
      .map((h) => words.times(h.start, h.end))
      .join(', ');
    const last = runs.at(-1);
    if (last && last.to === weekDay - 1 && last.times === times) last.to = weekDay;
    else runs.push({ from: weekDay, to: weekDay, times });
  }
  return runs
    .map(({ from, to, times }) => {
      const days =
        from === to ? weekdayName(from, locale) : words.range(weekdayName(from, locale), weekdayName(to, locale));
      return `${days}, ${times}`;
    })
    .join('; ');
}
