import 'server-only';
import { isTatodeskErrorOf, listPeriods, listSlots, type DayPart, type Slot } from '@/lib/tatodesk';

export type PeriodSlots = { period: DayPart; slots: Slot[] };
export type SlotScope = { unitId: number; serviceTypeId: number; date: string };

const dayParts: readonly DayPart[] = ['morning', 'afternoon', 'evening'];
/** Morning until noon, afternoon until six, evening after: by the unit's own clock. */
export const dayPartOf = (time: string): DayPart =>
  time < '12:00' ? 'morning' : time < '18:00' ? 'afternoon' : 'evening';

/**
 * A day's free times, grouped by the part of the day they fall in. The periods are the account's
 * own, discovered from List Periods for that day (the seed names them only by example); each is
 * asked for its hours at once, except one said to have no vacancy. However the account cuts its
 * day, the page groups the times by the clock, in order, each time once.
 */
export async function daySlots(scope: SlotScope): Promise<PeriodSlots[]> {
  const periods = (await listPeriods(scope)).filter((period) => period.vacancies !== 0);
  const perPeriod = await Promise.all(
    periods.map(async (period) => {
      try {
        return await listSlots({ ...scope, periodId: period.id });
      } catch (error) {
        // A period the upstream will not be asked about has no time to offer; the day goes on.
        if (isTatodeskErrorOf(error, 'rejected')) return [];
        throw error;
      }
    }),
  );
  const byTime = new Map<string, Slot>();
  for (const slot of perPeriod.flat()) if (slot.vacancies > 0 && !byTime.has(slot.time)) byTime.set(slot.time, slot);
  const slots = [...byTime.values()].sort((a, b) => a.time.localeCompare(b.time));
  return dayParts
    .map((period) => ({ period, slots: slots.filter((slot) => dayPartOf(slot.time) === period) }))
    .filter((group) => group.slots.length > 0);
}
