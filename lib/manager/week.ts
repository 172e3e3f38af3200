import 'server-only';
import { z } from 'zod';
import { todayInBrasilia } from '@/lib/format/time';
import { firstValue } from '@/lib/http/search-params';
import { cached } from '@/lib/store';
import { everyPage, getInPersonReport, type ReportRow } from '@/lib/tatodesk';

/**
 * The week at a unit, for managers: per day and service, what the In-Person Services Report says.
 * A week is read once (every page of the report for the unit and its seven days, the seed's default
 * page of 1000) and kept, aggregated, in the shared cache: a week that has ended for six hours, the
 * current one for a minute. What is kept is counts and minutes, never a name or a protocol.
 */
export type DayServiceFigures = {
  date: string;
  serviceTypeId: number;
  service: string;
  /** Booked for this day and not cancelled (whatever became of them). */
  booked: number;
  /** Came without a booking (the report's `scheduled` false). */
  walkIns: number;
  noShows: number;
  cancelled: number;
  served: number;
  /** Minutes waited by those who were called (in service or finished), ascending. */
  waits: number[];
  /** Minutes of service of those finished, ascending. */
  services: number[];
};

export type UnitWeek = {
  unitId: number;
  /** Monday, and the seven days from it (YYYY-MM-DD). */
  from: string;
  days: string[];
  rows: DayServiceFigures[];
  /** Every attendance of the week was read (false past WEEK_PAGES pages: the page says so). */
  complete: boolean;
  /** The report's own total for the unit and week. */
  total: number;
  /** When the report was read. */
  readAt: string;
};

const PAGE = 1000;
/** Pages read for a week at most: 50,000 attendances. */
const WEEK_PAGES = 50;
const ENDED_TTL_MS = 6 * 60 * 60 * 1000;
const CURRENT_TTL_MS = 60 * 1000;
/** Weeks read at once for a longer export: a year of a big unit never bursts on the upstream. */
const WEEKS_AT_ONCE = 2;
/** The longest export: a year (the page offers the 52 weeks to the one shown). */
export const MAX_WEEKS = 53;
export const YEAR_WEEKS = 52;

/** Days as calendar dates, counted in UTC: no time zone (the machine's or a unit's) moves them. */
const DAY_MS = 24 * 60 * 60 * 1000;
const dayMs = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
export const shiftDays = (iso: string, days: number) => new Date(dayMs(iso) + days * DAY_MS).toISOString().slice(0, 10);
/** A calendar day as an instant to format in UTC: noon, so that no zone's offset moves it to another day. */
export const calendarDay = (iso: string) => new Date(`${iso}T12:00:00Z`);
/** The Monday of the week holding this day (YYYY-MM-DD). */
export const mondayOf = (iso: string) => shiftDays(iso, -((new Date(dayMs(iso)).getUTCDay() + 6) % 7));
export const weekDays = (monday: string) => Array.from({ length: 7 }, (_, i) => shiftDays(monday, i));

const first = (value: unknown) => firstValue(value as string | string[] | undefined);
const id = z.preprocess(first, z.coerce.number().int().positive().max(2_147_483_647)).optional().catch(undefined);

/** The week page's and the export's query, from the URL: a tampered value is dropped, never an error. */
export const weekQuerySchema = z.object({
  unit: id,
  service: id,
  week: z
    .preprocess(first, z.iso.date())
    .optional()
    .catch(undefined)
    .transform((day) => mondayOf(day ?? todayInBrasilia())),
  weeks: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_WEEKS)).catch(1),
});
export type WeekQuery = z.output<typeof weekQuerySchema>;

/** Nearest-rank percentile of an ascending list (the median is p = 50); none for an empty list. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ascending = (list: number[]) => list.sort((a, b) => a - b);

/** Adds the report's rows up by day and service. */
export function aggregate(rows: readonly ReportRow[]): DayServiceFigures[] {
  const byKey = new Map<string, DayServiceFigures>();
  for (const row of rows) {
    const key = `${row.date}|${row.serviceType.id}`;
    let figures = byKey.get(key);
    if (!figures) {
      figures = {
        date: row.date,
        serviceTypeId: row.serviceType.id,
        service: row.serviceType.name,
        ...{ booked: 0, walkIns: 0, noShows: 0, cancelled: 0, served: 0 },
        ...{ waits: [], services: [] },
      };
      byKey.set(key, figures);
    }
    if (row.status === 'cancelled') figures.cancelled += 1;
    else if (row.scheduled) figures.booked += 1;
    else figures.walkIns += 1;
    if (row.status === 'no-show') figures.noShows += 1;
    if (row.status === 'finished') figures.served += 1;
    // A wait counts once it has ended (the citizen was called); one still waiting has a wait so far.
    if ((row.status === 'in-service' || row.status === 'finished') && row.waitingMinutes !== undefined)
      figures.waits.push(row.waitingMinutes);
    if (row.status === 'finished' && row.serviceMinutes !== undefined) figures.services.push(row.serviceMinutes);
  }
  return [...byKey.values()]
    .map((f) => ({ ...f, waits: ascending(f.waits), services: ascending(f.services) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.service.localeCompare(b.service, 'pt-BR'));
}

async function readWeek(unitId: number, monday: string): Promise<UnitWeek> {
  const days = weekDays(monday);
  const read = await everyPage(
    (page) => getInPersonReport({ from: days[0]!, to: days[6]!, unitIds: [unitId], page, limit: PAGE }),
    WEEK_PAGES,
  );
  return {
    unitId,
    from: monday,
    days,
    rows: aggregate(read.rows),
    complete: read.complete,
    total: read.total,
    readAt: new Date().toISOString(),
  };
}

/** A unit's week (from its Monday), from the shared cache or the report. */
export function unitWeek(unitId: number, monday: string): Promise<UnitWeek> {
  const ended = shiftDays(monday, 7) <= todayInBrasilia();
  return cached(`manager-week:v1:${unitId}:${monday}`, ended ? ENDED_TTL_MS : CURRENT_TTL_MS, () =>
    readWeek(unitId, monday),
  );
}

/** `count` weeks ending with the one from `monday`, oldest first, read two at a time. */
export async function unitWeeks(unitId: number, monday: string, count: number): Promise<UnitWeek[]> {
  const mondays = Array.from({ length: Math.min(count, MAX_WEEKS) }, (_, i) => shiftDays(monday, -7 * (count - 1 - i)));
  const weeks: UnitWeek[] = [];
  for (let i = 0; i < mondays.length; i += WEEKS_AT_ONCE)
    weeks.push(...(await Promise.all(mondays.slice(i, i + WEEKS_AT_ONCE).map((m) => unitWeek(unitId, m)))));
  return weeks;
}
