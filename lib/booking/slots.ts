import 'server-only';
import { isTatodeskErrorOf, listSlots, type Period, type Slot } from '@/lib/tatodesk';

export type PeriodSlots = { period: Period; slots: Slot[] };
export type SlotScope = { unitId: number; serviceTypeId: number; date: string };

/** Tatodesk's periods are these three, always: a day is read as their hours, all at once. */
const PERIODS: readonly Period[] = ['morning', 'afternoon', 'evening'];

/**
 * A day's free times grouped by period: the three periods' hours in parallel, without asking
 * first which periods the unit opens (a period it does not open has no free hours, and one the
 * upstream refuses to be asked about has none either).
 */
export async function daySlots(scope: SlotScope): Promise<PeriodSlots[]> {
  const grouped = await Promise.all(
    PERIODS.map(async (period) => {
      try {
        return { period, slots: await listSlots({ ...scope, period }) };
      } catch (error) {
        if (isTatodeskErrorOf(error, 'rejected')) return { period, slots: [] };
        throw error;
      }
    }),
  );
  return grouped.filter((group) => group.slots.length > 0);
}
