import { describe, expect, it } from 'vitest';
import { describeOpeningHours } from '@/lib/format/opening-hours';

const pt = {
  range: (from: string, to: string) => `${from} a ${to}`,
  times: (s: string, e: string) => `das ${s} às ${e}`,
};
const en = { range: (from: string, to: string) => `${from} to ${to}`, times: (s: string, e: string) => `${s} to ${e}` };
const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekDay) => ({ weekDay, start, end }));

describe('a help line’s hours in words', () => {
  it('puts days in a row with the same hours together, in the citizen’s language', () => {
    const hours = [{ weekDay: 6, start: '08:00', end: '12:00' }, ...weekdays('07:00', '19:00')];
    expect(describeOpeningHours(hours, 'pt-BR', pt)).toBe(
      'segunda-feira a sexta-feira, das 07:00 às 19:00; sábado, das 08:00 às 12:00',
    );
    expect(describeOpeningHours(hours, 'en', en)).toBe('Monday to Friday, 07:00 to 19:00; Saturday, 08:00 to 12:00');
  });

  it('keeps apart days that differ, and a day with two spans says both', () => {
    const hours = [
      { weekDay: 1, start: '08:00', end: '12:00' },
      { weekDay: 1, start: '13:00', end: '17:00' },
      { weekDay: 2, start: '08:00', end: '12:00' },
      { weekDay: 4, start: '08:00', end: '12:00' },
    ];
    expect(describeOpeningHours(hours, 'pt-BR', pt)).toBe(
      'segunda-feira, das 08:00 às 12:00, das 13:00 às 17:00; terça-feira, das 08:00 às 12:00; quinta-feira, das 08:00 às 12:00',
    );
  });
});
