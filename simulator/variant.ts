import { notificationStatusIDs, statusIDsByName } from '@/lib/tatodesk/contract/codes';
import type { EndpointName } from '@/lib/tatodesk/contract/endpoints';

/**
 * A simulator that disagrees with us (`TATODESK_SIM_VARIANT=other`). Every choice the seed leaves
 * open is made otherwise than the default simulator makes it, and than the product guessed at
 * first: other period ids and names, other status ids, ids as strings of digits, dates as ISO,
 * unknown fields, optional fields left out, periods without a vacancy count, lists in reverse, a
 * small page size whatever limit is asked, and the filters the seed does not state ignored (the
 * notifications report's by id, metadata and channel; the CRM's filters and sort). The work behind
 * the answers is the default simulator's: only the wire differs.
 */
export type Variant = 'default' | 'other';

const shift = <K extends string>(ids: Record<K, number>, by: number) =>
  Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, (id as number) + by])) as Record<K, number>;

/** The variant account's own numbering, as its operator would find it with `npm run tatodesk:check`. */
export const otherAccount = {
  periods: { 1: { id: 71, name: 'Matutino' }, 2: { id: 72, name: 'Vespertino' }, 3: { id: 79, name: 'Noturno' } },
  status: shift({ ...statusIDsByName }, 30),
  delivery: shift({ ...notificationStatusIDs }, 50),
  /** Rows on a page of any paged answer, whatever limit was asked for. */
  pageSize: 7,
} as const;

/** The settings an operator writes for the variant account (TATODESK_STATUS_IDS, TATODESK_DELIVERY_STATUS_IDS). */
export const otherAccountSettings = {
  TATODESK_STATUS_IDS: Object.entries(otherAccount.status)
    .map(([name, id]) => `${name}=${id}`)
    .join(','),
  TATODESK_DELIVERY_STATUS_IDS: Object.entries(otherAccount.delivery)
    .map(([name, id]) => `${name}=${id}`)
    .join(','),
};

const inverse = (map: Record<number, number>) =>
  Object.fromEntries(Object.entries(map).map(([ours, theirs]) => [theirs, Number(ours)])) as Record<number, number>;
const byDefaultId = (named: Record<string, number>, defaults: Record<string, number>) =>
  Object.fromEntries(Object.entries(defaults).map(([name, id]) => [id, named[name]!])) as Record<number, number>;

const status = byDefaultId(otherAccount.status, statusIDsByName);
const delivery = byDefaultId(otherAccount.delivery, notificationStatusIDs);
const periodIds = Object.fromEntries(Object.entries(otherAccount.periods).map(([ours, p]) => [ours, p.id])) as Record<
  number,
  number
>;
const statusBack = inverse(status);
const periodBack = inverse(periodIds);

type Json = unknown;
type Body = Record<string, Json>;
const isObject = (value: Json): value is Body => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const paged = new Set<EndpointName>(['inPersonReport', 'notificationsReport', 'listObjects']);

/** What the variant account makes of a request before the work is done: its ids back to ours. */
export function variantRequest(name: EndpointName, raw: Json): Json {
  if (!isObject(raw)) return raw;
  const body = structuredClone(raw);
  if (name === 'listSchedulingHours' && body.periodID !== undefined) {
    // An id this account does not have is no period at all (0 is refused as no id).
    body.periodID = periodBack[Number(body.periodID)] ?? 0;
  }
  if (name === 'inPersonReport' && isObject(body.filter) && Array.isArray(body.filter.statusIDs)) {
    body.filter.statusIDs = body.filter.statusIDs.map((id) => statusBack[Number(id)] ?? -1);
  }
  if (name === 'notificationsReport' && isObject(body.filter)) {
    delete body.filter.notificationIDs;
    delete body.filter.metadata;
    delete body.filter.channels;
  }
  if (name === 'listObjects') {
    delete body.filters;
    delete body.sort;
  }
  if (paged.has(name)) body.limit = Math.min(Number(body.limit ?? otherAccount.pageSize), otherAccount.pageSize);
  return body;
}

const dayMonthYear = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** The answer as the variant account words it. */
export function variantResponse(name: EndpointName, body: Json): Json {
  const statusOf = name === 'notificationsReport' ? delivery : status;
  const shape = (value: Json, key: string): Json => {
    if (Array.isArray(value)) return value.map((item) => shape(item, key));
    if (typeof value === 'string') return value.replace(dayMonthYear, '$3-$2-$1');
    if (!isObject(value)) return value;
    const out: Body = {};
    for (const [k, v] of Object.entries(value)) {
      // A CRM record's own fields are the organisation's data, kept as they are.
      if (k === 'fields') out[k] = v;
      else if (v === null) continue;
      else if (k === 'statusID') out[k] = String(statusOf[Number(v)] ?? v);
      else if (k === 'periodID') out[k] = String(periodIds[Number(v)] ?? v);
      else if (/ID$/.test(k) && typeof v === 'number') out[k] = String(v);
      else if (/IDs$/.test(k) && Array.isArray(v)) out[k] = v.map((id) => (typeof id === 'number' ? String(id) : id));
      else out[k] = shape(v, k);
    }
    if (name === 'listSchedulingPeriods' && key === 'data') {
      const ours = Number(Object.entries(periodIds).find(([, theirs]) => String(theirs) === out.periodID)?.[0]);
      const period = otherAccount.periods[ours as 1 | 2 | 3];
      if (period) out.name = period.name;
      delete out.vacancies;
    }
    out.externalReference = `variant-${key}`;
    return out;
  };
  if (!isObject(body)) return body;
  const shaped = shape(body, 'body') as Body;
  if (Array.isArray(shaped.data)) shaped.data = [...shaped.data].reverse();
  return shaped;
}
