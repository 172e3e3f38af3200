import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Csv from '@/lib/manager/csv';
import type * as Report from '@/lib/manager/report';
import type * as Funnel from '@/lib/pulse/funnel';
import type * as Scores from '@/lib/survey/scores';
import type { AppointmentStatus } from '@/lib/tatodesk';
import { citizen, FIXED_NOW, simulatorSuite } from './harness';

/**
 * The managers' week at a unit: its figures are the report's own totals (asked with the seed's
 * filters: statuses, and minutes "greater than" for the percentiles), its CSV has a line per day
 * and service, a year is read a week at a time and once, and the scores and the funnel kept beside.
 */
const suite = simulatorSuite();
const UNIT = 511;
const WEEK = '2026-11-30';
const days = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];

let manager: { report: typeof Report; csv: typeof Csv; funnel: typeof Funnel; scores: typeof Scores };

/** Moves the simulator's clock and gives an attendance its next status then (for its minutes). */
async function at(time: string, protocol: string, status: string) {
  await suite.control.setClock(`${time}-03:00`);
  await suite.control.setStatus(protocol, status);
}

beforeAll(async () => {
  // Booked visits later in the week: one comes and is served, one does not come, one is cancelled.
  const booked = [];
  for (const date of ['2026-12-02', '2026-12-02', '2026-12-03', '2026-12-04']) {
    const time = await suite.control.lease({ unitID: UNIT, attendanceTypeID: 314, date });
    booked.push(
      await suite.control.book({
        companyID: 105,
        unitID: UNIT,
        attendanceTypeID: 314,
        ...time,
        client: citizen,
        form: [],
      }),
    );
  }
  // Walk-ins today: two served with known minutes, one still waiting.
  const walkIns = [];
  for (let i = 0; i < 3; i++)
    walkIns.push(
      (
        await suite.tatodesk.createWalkIn({
          companyId: 105,
          unitId: UNIT,
          serviceTypeId: 314,
          client: { name: `Pessoa ${i}`, cpf: citizen.cpf },
          answers: [],
        })
      ).protocol,
    );
  await at('2026-12-01T09:07:00', walkIns[0]!, 'in-service');
  await at('2026-12-01T09:20:00', walkIns[0]!, 'finished');
  await at('2026-12-01T09:31:00', walkIns[1]!, 'in-service');
  await at('2026-12-01T09:40:00', walkIns[1]!, 'finished');
  await at('2026-12-02T10:00:00', booked[0]!, 'checked-in');
  await at('2026-12-02T10:16:00', booked[0]!, 'in-service');
  await at('2026-12-02T10:45:00', booked[0]!, 'finished');
  await at('2026-12-02T18:00:00', booked[1]!, 'no-show');
  await at('2026-12-02T18:00:00', booked[2]!, 'cancelled');
  await suite.control.setClock(FIXED_NOW.toISOString());
  manager = {
    report: await import('@/lib/manager/report'),
    csv: await import('@/lib/manager/csv'),
    funnel: await import('@/lib/pulse/funnel'),
    scores: await import('@/lib/survey/scores'),
  };
}, 60_000);

/** The report's own total for the unit over these days, with these filters. */
const total = async (
  from: string,
  to: string,
  filters: {
    statuses?: Exclude<AppointmentStatus, 'unknown'>[];
    waitedMoreThan?: number;
    servedMoreThan?: number;
  } = {},
) => (await suite.tatodesk.getInPersonReport({ from, to, unitIds: [UNIT], ...filters, page: 0, limit: 1 })).total;

/** A nearest-rank percentile, checked with the report's "greater than" filter: at least p% are at or under it, fewer under it. */
async function checkPercentile(
  value: number | undefined,
  p: number,
  filter: 'waitedMoreThan' | 'servedMoreThan',
  statuses: Exclude<AppointmentStatus, 'unknown'>[],
) {
  const count = await total(days[0]!, days[6]!, { statuses });
  expect(value).toBeDefined();
  const atOrUnder = count - (await total(days[0]!, days[6]!, { statuses, [filter]: value! }));
  const under = count - (await total(days[0]!, days[6]!, { statuses, [filter]: value! - 1 }));
  expect(atOrUnder).toBeGreaterThanOrEqual(Math.ceil((p / 100) * count));
  expect(under).toBeLessThan(Math.ceil((p / 100) * count));
}

describe("the managers' week", () => {
  it("adds up to the report's own totals: each day, the week, each status, and the percentiles", async () => {
    const report = await manager.report.managerReport(UNIT, { week: WEEK, weeks: 1 });
    expect(report.days).toEqual(days);
    const { total: week } = report;
    expect(week.booked + week.walkIns + week.cancelled).toBe(await total(days[0]!, days[6]!));
    expect(week.booked + week.walkIns + week.cancelled).toBeGreaterThan(10);
    expect(week.noShows).toBe(await total(days[0]!, days[6]!, { statuses: ['no-show'] }));
    expect(week.cancelled).toBe(await total(days[0]!, days[6]!, { statuses: ['cancelled'] }));
    expect(week.served).toBe(await total(days[0]!, days[6]!, { statuses: ['finished'] }));
    for (const day of report.byDay)
      expect(day.booked + day.walkIns + day.cancelled).toBe(await total(day.date, day.date));
    const today = report.byDay.find((d) => d.date === '2026-12-01')!;
    expect(today.walkIns).toBe(3);
    const wednesday = report.rows.find((r) => r.date === '2026-12-02' && r.serviceTypeId === 314)!;
    expect(wednesday).toMatchObject({
      booked: 2,
      noShows: 1,
      cancelled: 0,
      served: 1,
      waitMedian: 16,
      serviceMedian: 29,
    });
    expect(report.rows.find((r) => r.date === '2026-12-03' && r.serviceTypeId === 314)).toMatchObject({ cancelled: 1 });

    await checkPercentile(week.waitMedian, 50, 'waitedMoreThan', ['in-service', 'finished']);
    await checkPercentile(week.waitP90, 90, 'waitedMoreThan', ['in-service', 'finished']);
    await checkPercentile(week.serviceMedian, 50, 'servedMoreThan', ['finished']);
    await checkPercentile(week.serviceP90, 90, 'servedMoreThan', ['finished']);
  });

  it('exports a CSV line per day and service the report has, and a line per day of journeys', async () => {
    const report = await manager.report.managerReport(UNIT, { week: WEEK, weeks: 1 });
    const rows = (await suite.tatodesk.getInPersonReport({ from: days[0]!, to: days[6]!, unitIds: [UNIT], page: 0 }))
      .rows;
    const pairs = new Set(rows.map((r) => `${r.date}|${r.serviceType.id}`));
    const header = (key: string) => key;
    const visits = manager.csv.reportCsv(report, 'visits', header).trimEnd().split('\r\n');
    expect(visits[0]).toBe(
      'day,unitId,serviceId,service,booked,walkIns,noShows,cancelled,served,waitMedian,waitP90,serviceMedian,serviceP90,surveys,score',
    );
    expect(visits).toHaveLength(1 + pairs.size);
    expect(visits).toContain(
      `2026-12-02,${UNIT},314,${report.rows.find((r) => r.serviceTypeId === 314)!.service},2,0,1,0,1,16,16,29,29,0,`,
    );
    expect(manager.csv.reportCsv(report, 'journeys', header).trimEnd().split('\r\n')).toHaveLength(1 + 7);
  });

  it('reads a year a week at a time (the week already read from the cache), and a second time from the cache', async () => {
    await suite.control.clearLog();
    const year = await manager.report.managerReport(UNIT, { week: WEEK, weeks: 52 });
    expect(year.days).toHaveLength(52 * 7);
    expect(year.days[0]).toBe('2025-12-08');
    const reads = (await suite.control.log()).filter((r) => r.endpoint === 'inPersonReport');
    expect(reads).toHaveLength(51);
    await manager.report.managerReport(UNIT, { week: WEEK, weeks: 52 });
    expect((await suite.control.log()).filter((r) => r.endpoint === 'inPersonReport')).toHaveLength(51);
  });

  it('shows the survey scores and the funnel kept beside the report', async () => {
    const form = { id: 1, name: '', description: '', scale: { min: 1, max: 5, minLabel: '', maxLabel: '' } };
    const questions = [
      { id: 1, title: '', type: 'scale' as const, required: true, options: [] },
      { id: 2, title: '', type: 'text' as const, required: false, options: [] },
    ];
    const visit = { unitId: UNIT, date: '2026-12-02', serviceTypeId: 314 };
    await manager.scores.addScores(visit, { ...form, questions }, [
      { questionId: 1, value: 5 },
      { questionId: 2, value: 'ótimo' },
    ]);
    await manager.scores.addScores(visit, { ...form, questions }, [{ questionId: 1, value: 4 }]);

    vi.useFakeTimers({ toFake: ['Date'], now: new Date(FIXED_NOW) });
    try {
      const steps = ['unit', 'unit', 'unit', 'date', 'date', 'time', 'details'] as const;
      for (const step of steps) await manager.funnel.countFunnel({ name: 'answered', step }, { unit: UNIT });
      await manager.funnel.countFunnel({ name: 'answered', step: 'category' }, { unit: UNIT });
      await manager.funnel.countFunnel({ name: 'confirmed', outcome: 'confirmed' }, { unit: UNIT });
      await manager.funnel.countFunnel({ name: 'confirmed', outcome: 'expired' }, { unit: UNIT });
      await manager.funnel.countFunnel({ name: 'answered', step: 'unit' }, { unit: UNIT + 1 });
    } finally {
      vi.useRealTimers();
    }
    const report = await manager.report.managerReport(UNIT, { week: WEEK, weeks: 1 });
    expect(report.rows.find((r) => r.date === '2026-12-02' && r.serviceTypeId === 314)).toMatchObject({
      surveys: 2,
      score: 4.5,
    });
    expect(report.total).toMatchObject({ surveys: 2, score: 4.5 });
    expect(report.journeys?.find((d) => d.day === '2026-12-01')).toEqual({
      day: '2026-12-01',
      unit: 3,
      date: 2,
      time: 1,
      details: 1,
      booked: 1,
    });
    expect(report.journeys?.find((d) => d.day === '2026-12-02')).toMatchObject({ unit: 0, booked: 0 });
  });
});
