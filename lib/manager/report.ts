import 'server-only';
import { env } from '@/lib/env';
import { readFunnel, type Funnel } from '@/lib/pulse/funnel';
import { surveyForm } from '@/lib/survey/form';
import { readScores, type Scores } from '@/lib/survey/scores';
import { percentile, unitWeeks, type DayServiceFigures, type WeekQuery } from './week';

/** One line of the figures: a day and a service, a day's total, or the week's. */
export type Figures = {
  booked: number;
  walkIns: number;
  noShows: number;
  cancelled: number;
  served: number;
  waitMedian?: number;
  waitP90?: number;
  serviceMedian?: number;
  serviceP90?: number;
  /** Surveys answered about these visits, and their mean on the form's scale (scale questions). */
  surveys: number;
  score?: number;
};
export type ServiceDay = Figures & { date: string; serviceTypeId: number; service: string };

/** The figures in the order the page's table and the CSV give them. */
export const figureColumns = [
  'booked',
  'walkIns',
  'noShows',
  'cancelled',
  'served',
  'waitMedian',
  'waitP90',
  'serviceMedian',
  'serviceP90',
  'surveys',
  'score',
] as const satisfies readonly (keyof Figures)[];
export const minuteColumns: ReadonlySet<keyof Figures> = new Set([
  'waitMedian',
  'waitP90',
  'serviceMedian',
  'serviceP90',
]);
export type JourneyDay = Funnel & { day: string };

export type ManagerReport = {
  unitId: number;
  days: string[];
  /** Per day and service, as the report has them (a service filter keeps one). */
  rows: ServiceDay[];
  /** Per day, every service shown; and the whole. */
  byDay: (Figures & { date: string })[];
  total: Figures;
  /** The unit's journeys on each day (all services); none when the store cannot be read. */
  journeys?: JourneyDay[];
  /** The survey form's scale, when a survey is configured and its form could be read. */
  scale?: { min: number; max: number };
  services: { id: number; name: string }[];
  complete: boolean;
  readAt: string;
};

const sum = (list: readonly number[]) => list.reduce((s, v) => s + v, 0);

/** Adds up cells (a day's services, or the week): counts summed, minutes pooled before their percentiles. */
function figuresOf(cells: readonly DayServiceFigures[], scores: readonly (Scores | undefined)[]): Figures {
  const waits = cells.flatMap((c) => c.waits).sort((a, b) => a - b);
  const services = cells.flatMap((c) => c.services).sort((a, b) => a - b);
  const answered = sum(scores.map((s) => s?.answers ?? 0));
  return {
    booked: sum(cells.map((c) => c.booked)),
    walkIns: sum(cells.map((c) => c.walkIns)),
    noShows: sum(cells.map((c) => c.noShows)),
    cancelled: sum(cells.map((c) => c.cancelled)),
    served: sum(cells.map((c) => c.served)),
    waitMedian: percentile(waits, 50),
    waitP90: percentile(waits, 90),
    serviceMedian: percentile(services, 50),
    serviceP90: percentile(services, 90),
    surveys: sum(scores.map((s) => s?.surveys ?? 0)),
    score: answered ? sum(scores.map((s) => s?.sum ?? 0)) / answered : undefined,
  };
}

async function surveyScale() {
  const formId = env().survey.formId;
  if (formId === undefined) return undefined;
  try {
    return (await surveyForm(formId)).scale;
  } catch {
    return undefined;
  }
}

/**
 * The figures a manager reads for a unit: `weeks` weeks ending with the asked one (one on the page,
 * up to a year in an export), the report's per day and service, the survey scores and the funnel
 * kept in the store beside them.
 */
export async function managerReport(unitId: number, query: WeekQuery): Promise<ManagerReport> {
  const weeks = await unitWeeks(unitId, query.week, query.weeks);
  const days = weeks.flatMap((w) => w.days);
  const all = weeks.flatMap((w) => w.rows);
  const cells = query.service ? all.filter((c) => c.serviceTypeId === query.service) : all;
  const [scores, funnel, scale] = await Promise.all([
    readScores(unitId, cells),
    readFunnel(unitId, days),
    surveyScale(),
  ]);
  const scoreOf = (c: DayServiceFigures) => scores?.get(`${c.date}|${c.serviceTypeId}`);
  const services = new Map(all.map((c) => [c.serviceTypeId, c.service]));
  return {
    unitId,
    days,
    rows: cells.map((c) => ({
      date: c.date,
      serviceTypeId: c.serviceTypeId,
      service: c.service,
      ...figuresOf([c], [scoreOf(c)]),
    })),
    byDay: days.map((date) => {
      const ofDay = cells.filter((c) => c.date === date);
      return { date, ...figuresOf(ofDay, ofDay.map(scoreOf)) };
    }),
    total: figuresOf(cells, cells.map(scoreOf)),
    journeys: funnel && days.map((day) => ({ ...funnel.get(day)!, day })),
    scale,
    services: [...services].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'pt-BR')),
    complete: weeks.every((w) => w.complete),
    readAt: weeks.map((w) => w.readAt).sort()[0]!,
  };
}
