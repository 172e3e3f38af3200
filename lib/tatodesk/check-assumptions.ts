import type { Ask, CheckLine, CheckOptions } from './check-types';
import { assumptions, type AssumptionId } from './contract/assumptions';
import { endpoint, type EndpointName, type ResponseOf } from './contract/endpoints';
import { minuteOperations, type MinuteOperation } from './contract/seed';

/** A day the chain reached: a unit and service, one of its days, and the periods List Periods gave. */
export type ProbedDay = {
  scope: { attendanceUnitID: number; attendanceTypeID: number };
  date: string;
  periods: ResponseOf<'listSchedulingPeriods'>['data'];
};

type ReportRow = ResponseOf<'inPersonReport'>['data'][number];
const holds: Record<number, (minutes: number, value: number) => boolean> = {
  [minuteOperations.less]: (m, v) => m < v,
  [minuteOperations.lessOrEqual]: (m, v) => m <= v,
  [minuteOperations.greater]: (m, v) => m > v,
  [minuteOperations.greaterOrEqual]: (m, v) => m >= v,
};
const PAGES = 10;

/**
 * The inferences a read can prove (docs/tatodesk-contract.md, "Assumptions"), one line each: OK,
 * `wrong` (the account answers otherwise than the product relies on: a correction to make),
 * `noted` (it answers otherwise and the product copes), or skipped with why. Reads only.
 */
export async function probeAssumptions(
  ask: Ask,
  options: CheckOptions,
  day: ProbedDay | undefined,
): Promise<CheckLine[]> {
  const lines: CheckLine[] = [];
  const line = (assumption: AssumptionId, name: EndpointName, outcome: CheckLine['outcome'], detail?: string) =>
    lines.push({
      endpoint: name,
      title: assumptions[assumption].what,
      path: endpoint(name).path,
      outcome,
      detail,
      assumption,
    });
  const today = options.today.split('-').reverse().join('/');
  const filter = { dateInitial: today, dateFinal: today };

  // Period ids: discovered from List Periods, each must answer List Hours.
  if (!day) line('period-ids', 'listSchedulingHours', 'skipped', 'needs a day from List Dates for Scheduling');
  else if (day.periods.length === 0) line('period-ids', 'listSchedulingHours', 'skipped', `no period on ${day.date}`);
  else {
    const refused: string[] = [];
    let unanswered: string | undefined;
    for (const period of day.periods) {
      const answer = await ask('listSchedulingHours', { ...day.scope, date: day.date, periodID: period.periodID });
      const named = `period ${period.periodID} (${period.name ?? 'no name'})`;
      // Refused (a 4xx other than 404): the id is not the account's. No answer at all proves nothing.
      const refusal =
        answer.status !== undefined && answer.status >= 400 && answer.status < 500 && answer.status !== 404;
      if (answer.outcome !== 'ok' && !refusal) unanswered = answer.detail;
      else if (answer.outcome !== 'ok') refused.push(`${named}: ${answer.detail}`);
      else if (period.vacancies && answer.data?.data.length === 0)
        refused.push(`${named}: ${period.vacancies} vacancies, but no hour`);
    }
    const named = day.periods.map((p) => `${p.periodID} ${p.name ?? ''}`.trim()).join(', ');
    if (unanswered) line('period-ids', 'listSchedulingHours', 'skipped', `List Hours did not answer: ${unanswered}`);
    else if (refused.length)
      line(
        'period-ids',
        'listSchedulingHours',
        'wrong',
        `List Hours did not answer ${refused.join('; ')}: that day's times would not show`,
      );
    else
      line(
        'period-ids',
        'listSchedulingHours',
        'ok',
        `${day.periods.length} periods on ${day.date} (${named}), each answers List Hours`,
      );
  }

  // Today's report, whole: the status ids seen, the page size answered, the rows' hours.
  const rows: ReportRow[] = [];
  let pageSize: number | undefined;
  let total = 0;
  for (let page = 0; page < PAGES; page++) {
    const answer = await ask('inPersonReport', { filter, page });
    if (!answer.data) {
      line('status-ids', 'inPersonReport', 'skipped', `today's report: ${answer.detail}`);
      break;
    }
    pageSize ??= answer.data.limit;
    total = answer.data.total;
    rows.push(...answer.data.data);
    if (answer.data.data.length === 0 || rows.length >= total) break;
  }
  if (rows.length === 0) {
    for (const id of ['status-ids', 'report-filters', 'report-hour', 'minute-operations'] as const)
      line(id, 'inPersonReport', 'skipped', 'today’s report has no row');
  } else {
    checkCodes(line, 'status-ids', 'inPersonReport', 'TATODESK_STATUS_IDS', options.codes.status, rows);
    const noHour = rows.filter((r) => r.scheduled && !r.hour).length;
    line(
      'report-hour',
      'inPersonReport',
      noHour ? 'wrong' : 'ok',
      noHour ? `${noHour} scheduled rows without an hour` : undefined,
    );
    await checkStatusFilter(ask, line, filter, rows);
    await checkMinutes(ask, line, filter, rows);
  }
  if (pageSize !== undefined)
    line(
      'page-size',
      'inPersonReport',
      pageSize >= Math.min(total, 1000) ? 'ok' : 'noted',
      `pages of ${pageSize} rows`,
    );

  // The notifications report: its status ids, and whether the filters the seed does not state are honoured.
  const sent = await ask('notificationsReport', { filter, page: 0 });
  const notices = sent.data?.data ?? [];
  if (notices.length === 0) {
    for (const id of ['delivery-status-ids', 'notification-filters'] as const)
      line(id, 'notificationsReport', 'skipped', sent.data ? 'no notification today' : `${sent.detail}`);
  } else {
    checkCodes(
      line,
      'delivery-status-ids',
      'notificationsReport',
      'TATODESK_DELIVERY_STATUS_IDS',
      options.codes.delivery,
      notices,
    );
    const one = notices[0]!;
    const byId = await ask('notificationsReport', {
      filter: { ...filter, notificationIDs: [one.notificationID] },
      page: 0,
    });
    const others = byId.data?.data.filter((n) => n.notificationID !== one.notificationID).length ?? 0;
    line(
      'notification-filters',
      'notificationsReport',
      others ? 'noted' : 'ok',
      others ? `a filter by id answered ${others} other rows: ignored, each row is checked by the product` : 'honoured',
    );
  }

  // The CRM objects: the fields the product writes, and whether filters are honoured.
  for (const [object, fields] of Object.entries(options.crmFields ?? {})) {
    const listed = await ask('listObjects', { apiName: object, page: 0 });
    const record = listed.data?.data[0];
    if (!record) {
      line('crm-fields', 'listObjects', 'skipped', `${object}: ${listed.data ? 'no record yet' : listed.detail}`);
      continue;
    }
    const missing = fields.filter((field) => !(field in record.fields));
    line(
      'crm-fields',
      'listObjects',
      missing.length ? 'wrong' : 'ok',
      missing.length ? `${object} has no ${missing.join(', ')}` : object,
    );
    const value = record.fields.protocol ?? null;
    const filtered = await ask('listObjects', {
      apiName: object,
      filters: [{ field: 'protocol', operator: 'eq', value }],
      page: 0,
    });
    const strays = filtered.data?.data.filter((r) => r.fields.protocol !== value).length ?? 0;
    line(
      'crm-filters',
      'listObjects',
      strays ? 'noted' : 'ok',
      strays
        ? `${object}: a filter answered ${strays} other records: ignored, each record is checked by the product`
        : object,
    );
  }
  return lines;
}

type Line = (assumption: AssumptionId, name: EndpointName, outcome: CheckLine['outcome'], detail?: string) => void;

/** Every status id seen is one of the product's settings; each one seen is listed with its name. */
function checkCodes(
  line: Line,
  id: AssumptionId,
  name: EndpointName,
  setting: string,
  codes: Record<string, number>,
  rows: { statusID: number; statusName: string }[],
) {
  const seen = new Map(rows.map((r) => [r.statusID, r.statusName]));
  const known = new Set(Object.values(codes));
  const unknown = [...seen].filter(([code]) => !known.has(code));
  const list = [...seen].map(([code, label]) => `${code} "${label}"`).join(', ');
  if (unknown.length === 0) line(id, name, 'ok', `seen: ${list}`);
  else
    line(
      id,
      name,
      'wrong',
      `${unknown.map(([code, label]) => `${code} "${label}"`).join(', ')} not in ${setting} (seen: ${list}); set it as name=id,… for ${Object.keys(codes).join(', ')}`,
    );
}

/** The report's status filter (stated) answers only rows of that status. */
async function checkStatusFilter(
  ask: Ask,
  line: Line,
  filter: { dateInitial: string; dateFinal: string },
  rows: ReportRow[],
) {
  const status = rows[0]!.statusID;
  const answer = await ask('inPersonReport', { filter: { ...filter, statusIDs: [status] }, page: 0 });
  const strays = answer.data?.data.filter((r) => r.statusID !== status).length;
  if (strays === undefined) line('report-filters', 'inPersonReport', 'skipped', answer.detail);
  else
    line(
      'report-filters',
      'inPersonReport',
      strays ? 'wrong' : 'ok',
      strays ? `asked for status ${status}, ${strays} rows of another` : `status ${status}`,
    );
}

/** Each of operations 1–4 at one value answers only rows that meet it, as the seed numbers them. */
async function checkMinutes(
  ask: Ask,
  line: Line,
  filter: { dateInitial: string; dateFinal: string },
  rows: ReportRow[],
) {
  const waits = rows
    .map((r) => r.waitingTime)
    .filter((m): m is number => typeof m === 'number')
    .sort((a, b) => a - b);
  if (waits.length === 0) return line('minute-operations', 'inPersonReport', 'skipped', 'no one has waited today yet');
  const value = waits[Math.floor(waits.length / 2)]!;
  const wrong: string[] = [];
  const counts: string[] = [];
  const totals: Record<number, number> = {};
  for (const [operation, meets] of Object.entries(holds)) {
    const answer = await ask('inPersonReport', {
      filter: { ...filter, waitingTime: { operation: Number(operation) as MinuteOperation, value } },
      page: 0,
    });
    if (!answer.data) return line('minute-operations', 'inPersonReport', 'skipped', answer.detail);
    const off = answer.data.data.filter((r) => typeof r.waitingTime === 'number' && !meets(r.waitingTime, value));
    counts.push(`${operation}: ${answer.data.total}`);
    totals[Number(operation)] = answer.data.total;
    if (off.length)
      wrong.push(`operation ${operation} at ${value} answered waits of ${off.map((r) => r.waitingTime).join(', ')}`);
  }
  // Less with greater-or-equal, and less-or-equal with greater, each cut the same rows in two.
  const { less, lessOrEqual, greater, greaterOrEqual } = minuteOperations;
  if (totals[less]! + totals[greaterOrEqual]! !== totals[lessOrEqual]! + totals[greater]!)
    wrong.push(
      `operations 1 + 4 counted ${totals[less]! + totals[greaterOrEqual]!} rows, 2 + 3 ${totals[lessOrEqual]! + totals[greater]!}`,
    );
  if (wrong.length) line('minute-operations', 'inPersonReport', 'wrong', wrong.join('; '));
  else line('minute-operations', 'inPersonReport', 'ok', `at ${value} min, rows per operation ${counts.join(', ')}`);
}
