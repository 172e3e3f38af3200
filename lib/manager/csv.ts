import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { funnelStages } from '@/lib/pulse/funnel';
import { figureColumns, type ManagerReport } from './report';

export type CsvKind = 'visits' | 'journeys';

/**
 * A cell as a spreadsheet may take it: a text that opens with = + - @ (or a tab or a return) is
 * quoted with an apostrophe, so that no name from the upstream runs as a formula.
 */
const cell = (value: string | number | undefined) =>
  value === undefined ? '' : typeof value === 'number' ? value : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

/**
 * The figures of the page as CSV (RFC 4180, UTF-8, a header row in the page's language): the visits
 * one line per day and service the report has, the journeys one line per day. Numbers as numbers
 * (a point for decimals), minutes whole, an empty cell where there is no figure.
 */
export function reportCsv(report: ManagerReport, kind: CsvKind, header: (key: string) => string): string {
  if (kind === 'journeys') {
    return stringify(
      [
        ['day', ...funnelStages.map((s) => `stage.${s}`)].map(header),
        ...(report.journeys ?? []).map((d) => [d.day, ...funnelStages.map((s) => d[s])]),
      ],
      { record_delimiter: '\r\n' },
    );
  }
  return stringify(
    [
      ['day', 'unitId', 'serviceId', 'service', ...figureColumns].map(header),
      ...report.rows.map((r) =>
        [
          r.date,
          report.unitId,
          r.serviceTypeId,
          r.service,
          ...figureColumns.map((c) =>
            c === 'score' ? (r.score === undefined ? undefined : Math.round(r.score * 100) / 100) : r[c],
          ),
        ].map(cell),
      ),
    ],
    { record_delimiter: '\r\n' },
  );
}
