import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { PRIORITY_KEY } from '@/lib/answers/priority';
import { todayInBrasilia } from '@/lib/format/time';
import { isProtocol } from '@/lib/protocol';
import { store } from '@/lib/store';
import {
  appointmentStatuses,
  everyPage,
  getInPersonReport,
  type AppointmentStatus,
  type ReportRow,
} from '@/lib/tatodesk';

export const PAGE_SIZE = 20;

export { todayInBrasilia };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const id = z.preprocess(first, z.coerce.number().int().positive()).optional().catch(undefined);

/** The day view's filters, from the URL (a tampered value is dropped, never an error). */
export const dayQuerySchema = z.object({
  company: id,
  unit: id,
  date: z.preprocess(first, z.iso.date()).optional().catch(undefined),
  status: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(appointmentStatuses)))
    .catch([]),
  q: z.preprocess(first, z.string().trim().max(80)).optional().catch(undefined),
  /** A name search kept on the server (`keepSearch`), so that names never stand in a URL. */
  search: z.preprocess(first, z.uuid()).optional().catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1000)).catch(1),
  /** Only those waiting (or who waited) more than this many minutes. */
  waiting: z
    .preprocess(
      first,
      z.coerce
        .number()
        .int()
        .min(0)
        .max(24 * 60),
    )
    .optional()
    .catch(undefined),
  /** Only those who said they have the right to priority, where the service asks it. */
  priority: z.preprocess(first, z.literal('1')).optional().catch(undefined),
});
export type DayQuery = z.output<typeof dayQuerySchema>;

const SEARCH_TTL_MS = 12 * 60 * 60 * 1000;
const searchKey = (id: string) => `staff-search:${id}`;

/**
 * Where a search of the day view goes: a protocol or a ticket code in the URL (they name no one);
 * a name kept in the store under a random id, and only the id in the URL (and in logs).
 */
export async function searchParam(q: string): Promise<['q' | 'search', string] | undefined> {
  const text = q.trim().slice(0, 80);
  if (!text) return undefined;
  if (isProtocol(text) || isTicketCode(text)) return ['q', text];
  const id = randomUUID();
  await store().set(searchKey(id), text, SEARCH_TTL_MS);
  return ['search', id];
}

/** The query with its search text, wherever it was kept. */
export async function withSearch(query: DayQuery): Promise<DayQuery> {
  if (query.q !== undefined || !query.search) return query;
  const kept = await store()
    .get<string>(searchKey(query.search))
    .catch(() => undefined);
  return { ...query, q: kept };
}

export type Day = {
  rows: ReportRow[];
  page: number;
  pages: number;
  total: number;
  counts: Record<AppointmentStatus | 'all', number>;
  at: string;
};

/** A ticket code as the counter calls it ("A010", "Senha A010"): a letter and digits. */
export const ticketCode = (text: string) =>
  text
    .replace(/^senha\s*/i, '')
    .replace(/\s/g, '')
    .toUpperCase();
export const isTicketCode = (text: string) => /^[A-Z]\d{1,6}$/.test(ticketCode(text));

/** Today's attendances (every unit the key sees) called by this ticket code: codes repeat across units. */
export async function findByTicketCode(search: string): Promise<ReportRow[]> {
  const today = todayInBrasilia();
  return (await getInPersonReport({ from: today, to: today, code: ticketCode(search), page: 0, limit: 50 })).rows;
}

/** The answer a service's priority question gives when the citizen has the right to it. */
const PRIORITY_ANSWER = { key: PRIORITY_KEY, value: 'true' };
const MAX_PAGES = 20;

/** Every row of a day (a big unit has more than one page of the report), for a search the report cannot do. */
const wholeDay = (q: Omit<Parameters<typeof getInPersonReport>[0], 'page' | 'limit'>) =>
  everyPage((page) => getInPersonReport({ ...q, page }), MAX_PAGES);

/**
 * One page of the In-Person Services Report for a unit and day, with counts per status. A
 * protocol, a senha, a wait and a priority answer go to the report's own filters; a name search
 * reads the whole day (every page of the report) and pages it here, as the report has no name filter.
 */
export async function loadDay(asked: DayQuery): Promise<Day> {
  const query = await withSearch(asked);
  const date = query.date ?? todayInBrasilia();
  const scope = {
    from: date,
    to: date,
    companyIds: query.company ? [query.company] : undefined,
    unitIds: query.unit ? [query.unit] : undefined,
  };
  const search = query.q ?? '';
  const byProtocol = isProtocol(search);
  const byCode = isTicketCode(search);
  const byName = search !== '' && !byProtocol && !byCode;
  const filtered = {
    ...scope,
    statuses: query.status.length ? [...query.status] : undefined,
    protocol: byProtocol ? search : undefined,
    code: byCode ? ticketCode(search) : undefined,
    waitedMoreThan: query.waiting,
    answer: query.priority ? PRIORITY_ANSWER : undefined,
  };

  const [listed, ...perStatus] = await Promise.all([
    byName ? wholeDay(filtered) : getInPersonReport({ ...filtered, page: query.page - 1, limit: PAGE_SIZE }),
    // The summary counts what the filters show (a name search counts its matches below).
    ...(byName
      ? []
      : appointmentStatuses.map((status) => getInPersonReport({ ...filtered, statuses: [status], page: 0, limit: 1 }))),
  ]);
  const needle = search.toLocaleLowerCase('pt-BR');
  const matches = byName ? listed.rows.filter((r) => r.clientName.toLocaleLowerCase('pt-BR').includes(needle)) : [];
  const counts = Object.fromEntries(
    appointmentStatuses.map((s, i) => [
      s,
      // A status the filters leave out counts none.
      byName
        ? matches.filter((r) => r.status === s).length
        : query.status.length && !query.status.includes(s)
          ? 0
          : perStatus[i]!.total,
    ]),
  ) as Day['counts'];
  counts.all = appointmentStatuses.reduce((sum, s) => sum + counts[s], 0);

  if (byName) {
    const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
    const page = Math.min(query.page, pages);
    return {
      rows: matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      page,
      pages,
      total: matches.length,
      counts,
      at: new Date().toISOString(),
    };
  }
  // Pages as the account cuts them: it may put fewer rows on a page than asked for.
  const size = 'limit' in listed ? Math.min(PAGE_SIZE, listed.limit) : PAGE_SIZE;
  return {
    rows: listed.rows,
    page: query.page,
    pages: Math.max(1, Math.ceil(listed.total / size)),
    total: listed.total,
    counts,
    at: new Date().toISOString(),
  };
}
