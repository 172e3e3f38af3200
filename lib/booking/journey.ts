import { z } from 'zod';
import { firstValue, type SearchParams } from '@/lib/http/search-params';

/** The booking's state, all of it in the URL until the details are submitted. */
const id = z.coerce.number().int().positive().max(2_147_483_647);
const fields = {
  link: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
  company: id,
  category: id,
  serviceType: id,
  region: id,
  unit: id,
  date: z.iso.date(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** The journey's own random id, for its events (lib/pulse): nothing of the person. */
  j: z.string().regex(/^[\w-]{22}$/),
};

export type Journey = Partial<{ [K in keyof typeof fields]: z.output<(typeof fields)[K]> }>;
export type JourneyKey = keyof Journey;
export const journeyKeys = Object.keys(fields) as JourneyKey[];

/** Each field on its own: a tampered value is dropped (as if not chosen), the rest survive. */
export function parseJourney(search: SearchParams): Journey {
  const journey: Record<string, unknown> = {};
  for (const key of journeyKeys) {
    const parsed = fields[key].safeParse(firstValue(search[key]));
    if (parsed.success) journey[key] = parsed.data;
  }
  return journey as Journey;
}
