import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapterFor, simulatorSuite } from './harness';

const suite = simulatorSuite();
afterEach(() => suite.control.clearFaults());

/** The help line's reads as a page makes them, with these groups configured. */
async function helpLineWith(groups: string) {
  await adapterFor(suite.sim.url, { settings: { HELP_LINE_GROUPS: groups, CATALOGUE_TTL_SECONDS: '1' } });
  const helpLines = await import('@/lib/upstream/help-line');
  const { log } = await import('@/lib/ops/log');
  return { ...helpLines, warnings: vi.spyOn(log, 'warn') };
}

describe('the Contact Center’s schedules and exceptions', () => {
  it('answers a group’s hours by weekday, and its closed days with their own words', async () => {
    expect(await suite.tatodesk.listServiceSchedules(702)).toEqual([
      { weekDay: 1, start: '07:00', end: '19:00' },
      { weekDay: 2, start: '07:00', end: '19:00' },
      { weekDay: 3, start: '07:00', end: '19:00' },
      { weekDay: 4, start: '07:00', end: '19:00' },
      { weekDay: 5, start: '07:00', end: '19:00' },
      { weekDay: 6, start: '08:00', end: '12:00' },
    ]);
    const exceptions = await suite.tatodesk.listScheduleExceptions(702);
    expect(exceptions).toContainEqual(
      expect.objectContaining({
        date: '2026-12-08',
        reason: 'Feriado municipal: Nossa Senhora da Conceição',
        closed: true,
      }),
    );
    expect(exceptions).toContainEqual(expect.objectContaining({ date: '2026-12-25', reason: 'Natal' }));
  });

  it('a unit’s own group before its company’s: the calendar’s reasons and the help line', async () => {
    const h = await helpLineWith('company:102=702@(92) 3303-9000;unit:501=701@156');
    const company = await h.closedDayReasons({ unitId: 504, companyId: 102 });
    expect(company.get('2026-10-24')).toBe('Feriado municipal: aniversário de Manaus');
    const unit = await h.closedDayReasons({ unitId: 501, companyId: 102 });
    expect(unit.has('2026-10-24')).toBe(false);
    expect((await h.helpLine({ unitId: 501, companyId: 102 }))?.contact).toBe('156');
    expect(await h.helpLine({ unitId: 999, companyId: 103 })).toBeUndefined();
  });

  it('a read that fails says less and never throws: no reasons, no hours, a warning', async () => {
    // A group of its own, so that no earlier test's cached answer stands in for the failed read.
    const h = await helpLineWith('company:101=799');
    await suite.control.fault('listServiceScheduleExceptions', { status: 503 });
    await suite.control.fault('listServiceSchedules', { status: 503 });
    expect((await h.closedDayReasons({ companyId: 101 })).size).toBe(0);
    expect(await h.helpLine({ companyId: 101 })).toBeUndefined();
    expect(h.warnings).toHaveBeenCalledWith(
      expect.objectContaining({ groupId: 799 }),
      'schedule exceptions not read: the page says less',
    );
  });
});
