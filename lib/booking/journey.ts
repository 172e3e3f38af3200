import { z } from 'zod';

/** The booking's state, all of it in the URL until the details are submitted. */
const id = z.coerce.number().int().positive().max(2_147_483_647);
const fields = {
  link: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
  company: id,
  category: id,
  type: id,
  region: id,
  unit: id,
  date: z.iso.date(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
};

export type Journey = Partial<{ [K in keyof typeof fields]: z.output<(typeof fields)[K]> }>;
export type JourneyKey = keyof Journey;
export const journeyKeys = Object.keys(fields) as JourneyKey[];

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Each field on its own: a tampered value is dropped (as if not chosen), the rest survive. */
export function parseJourney(search: SearchParams): Journey {
  const journey: Record<string, unknown> = {};
  for (const key of journeyKeys) {
    const parsed = fields[key].safeParse(first(search[key]));
    if (parsed.success) journey[key] = parsed.data;
  }
  return journey as Journey;
}

export const readParam = (search: SearchParams, name: string) => first(search[name]);
