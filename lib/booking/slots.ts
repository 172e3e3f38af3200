import 'server-only';
import { listPeriods, listSlots, type Period, type Slot } from '@/lib/tatodesk';

export type PeriodSlots = { period: Period; slots: Slot[] };
export type SlotScope = { unitId: number; serviceTypeId: number; date: string };

/** A day's free times grouped by period: the periods, then their hours in parallel. */
export async function daySlots(scope: SlotScope): Promise<PeriodSlots[]> {
  const periods = await listPeriods(scope);
  const grouped = await Promise.all(
    periods.map(async ({ period }) => ({ period, slots: await listSlots({ ...scope, period }) })),
  );
  return grouped.filter((group) => group.slots.length > 0);
}
