import { z } from 'zod';

// Wire conventions from the documentation: camelCase, `ID`/`IDs` suffixes, dates as DD/MM/YYYY.
// Where the documentation is silent (envelopes, error bodies, entity fields) the shapes are ours,
// listed in docs/tatodesk-contract.md so that a real account can correct them here.

export const id = z.number().int().positive();
export const ids = z.array(id);

export const wireDate = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, 'expected DD/MM/YYYY');
export const wireHour = z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM');
export const wireInstant = z.iso.datetime({ offset: true });

export const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });
export const single = <T extends z.ZodType>(item: T) => z.object({ data: item });

export const empty = z.object({}).strict();

/** A page of a report or a list: pages count from 0 with a `limit`. */
export const pageRequest = {
  page: z.number().int().nonnegative(),
  limit: z.number().int().positive().max(1000).optional(),
};
export const paged = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    page: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
    total: z.number().int().nonnegative(),
  });

export const tatodeskErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type TatodeskErrorBody = z.infer<typeof tatodeskErrorBody>;

/** Error codes the product reacts to; any other code is shown as the upstream's message. */
export const errorCodes = {
  slotUnavailable: 'SLOT_UNAVAILABLE',
  notFound: 'NOT_FOUND',
  linkNotFound: 'LINK_NOT_FOUND',
  invalidRequest: 'INVALID_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  closed: 'ATTENDANCE_CLOSED',
} as const;

/** Dates travel as DD/MM/YYYY; the domain's are ISO (YYYY-MM-DD). */
export function fromWireDate(date: string): string {
  const [day, month, year] = date.split('/');
  return `${year}-${month}-${day}`;
}

export function toWireDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
