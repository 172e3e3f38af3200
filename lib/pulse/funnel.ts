import 'server-only';
import { todayInBrasilia } from '@/lib/format/time';
import { log } from '@/lib/ops/log';
import { store } from '@/lib/store';

/**
 * The journey's funnel at a unit, by day: how many journeys chose the unit, then a day, a time,
 * gave their details and booked. Pulse keeps the events but has no read in the seed, so the counts
 * are also kept here, in the shared store (one counter per day, unit and stage; nothing of the
 * person), for the managers' week (lib/manager). The day is the day the journey took the step, in
 * Brasília: not the day of the visit it booked.
 */
export const funnelStages = ['unit', 'date', 'time', 'details', 'booked'] as const;
export type FunnelStage = (typeof funnelStages)[number];
export type Funnel = Record<FunnelStage, number>;

/** A journey event as the funnel reads it (lib/pulse/events.ts has them all). */
type Step = { name: string; step?: string; outcome?: string };

/** Where in the journey this event is: a stage of the funnel, or none. */
function stageOf(event: Step): FunnelStage | undefined {
  if (event.name === 'answered') return funnelStages.find((stage) => stage === event.step);
  if (event.name === 'confirmed')
    return event.outcome === 'confirmed' || event.outcome === 'booked-unrecorded' ? 'booked' : undefined;
  return undefined;
}

/** A year and a month of days: the longest export, and then some. */
const KEEP_MS = 400 * 24 * 60 * 60 * 1000;
const key = (date: string, unit: number, stage: FunnelStage) => `funnel:${date}:${unit}:${stage}`;

/** Counts the event at its unit, on today's date in Brasília. The store away, the count is lost (logged). */
export async function countFunnel(event: Step, at: { unit?: number }): Promise<void> {
  const stage = stageOf(event);
  if (stage === undefined || at.unit === undefined) return;
  try {
    await store().increment(key(todayInBrasilia(), at.unit, stage), 1, KEEP_MS);
  } catch (error) {
    log.warn({ stage, err: error }, 'funnel count lost: the store did not take it');
  }
}

/** The funnel of a unit on each of these days; the store away, nothing. */
export async function readFunnel(unit: number, dates: readonly string[]): Promise<Map<string, Funnel> | undefined> {
  try {
    const days = await Promise.all(
      dates.map(async (date) => {
        const counts = await Promise.all(
          funnelStages.map(async (stage) => (await store().get<number>(key(date, unit, stage))) ?? 0),
        );
        return [date, Object.fromEntries(funnelStages.map((s, i) => [s, counts[i]!])) as Funnel] as const;
      }),
    );
    return new Map(days);
  } catch {
    return undefined;
  }
}
