import { z } from 'zod';

// Wire conventions from the documentation: camelCase, `ID`/`IDs` suffixes, dates as DD/MM/YYYY.
// Where the documentation is silent (envelopes, error bodies, entity fields) the shapes are ours,
// listed in docs/tatodesk-contract.md so that a real account can correct them here.

/**
 * What the product accepts beyond the inferred contract, because it costs nothing and the
 * documentation shows no example: each written once, here, and listed in docs/tatodesk-contract.md.
 */
export const tolerances = [
  'Unknown fields in any answer are ignored (objects are read for the fields the product uses).',
  'An id or a status code (`ID`, `companyID`, `attendanceUnitID`, `periodID`, `statusID`, …) may come as a number or as a string of digits ("101").',
  'A date may come as DD/MM/YYYY (as the documentation names it) or as ISO YYYY-MM-DD; the product sends DD/MM/YYYY.',
  'An optional field may be left out, and the minutes of a report row or an attendance may be null as well: neither is read as zero.',
  'Lists may come in any order: days and hours are put in order by the product; other lists are shown as answered.',
  'A paged answer may hold fewer rows than the limit asked for: pages are followed by the size the account answers.',
] as const;

/**
 * An id: a positive whole number, or the same as a string of digits (tolerances[1]). Typed as the
 * number the product sends and the simulator serves; the string is only ever read.
 */
export const id = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)], {
    error: 'expected a numeric id',
  })
  .pipe(z.number({ error: 'expected a numeric id' }).int().positive()) as unknown as z.ZodType<number, number>;
export const ids = z.array(id);
/** A status code: a whole number, or the same as a string of digits (tolerances[1]). */
export const code = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)], { error: 'expected a numeric code' })
  .pipe(z.number({ error: 'expected a numeric code' }).int().nonnegative()) as unknown as z.ZodType<number, number>;

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A day as DD/MM/YYYY, taken as ISO YYYY-MM-DD too (tolerances[2]); read as DD/MM/YYYY either way. */
export const wireDate = z
  .string({ error: 'expected DD/MM/YYYY' })
  .transform((value) => value.replace(isoDay, '$3/$2/$1'))
  .pipe(z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, 'expected DD/MM/YYYY or YYYY-MM-DD'));
/**
 * An IANA time zone the runtime knows (America/Manaus): a name it does not know would stop every
 * time on the page from being written, so it is a contract failure, named by tatodesk:check.
 */
export const wireTimeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'expected an IANA time zone, e.g. America/Manaus');

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
