import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusIDs } from '@/lib/tatodesk/contract/wire/scheduling';
import { bookableDays, hoursOf, seededBookings } from '@/simulator/calendar';
import { units } from '@/simulator/dataset/units';
import { FaultBoard, parseFaults } from '@/simulator/faults';
import { SimStore } from '@/simulator/store';

const now = new Date('2026-12-01T09:00:00-03:00');
const parintins = units.find((u) => u.wire.ID === 506)!;
const client = { name: 'José', cpf: '52998224725', email: 'jose@exemplo.com.br', phone: '92991234567' };

describe('simulator calendar', () => {
  it('offers weekdays within the horizon, without holidays', () => {
    const days = bookableDays(parintins, now);
    expect(days[0]).toBe('2026-12-02');
    expect(days).not.toContain('2026-12-08');
    expect(days).not.toContain('2026-12-25');
    expect(days.every((d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()))).toBe(true);
  });

  it('cuts periods into fixed intervals', () => {
    expect(hoursOf(parintins, 1)).toEqual(['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(hoursOf(parintins, 3)).toEqual([]);
  });

  it('seeds the same bookings on every run, some days full', () => {
    const days = bookableDays(parintins, now);
    const full = days.filter((d) =>
      hoursOf(parintins, 1).every((h) => seededBookings(parintins, 307, d, h) === parintins.capacity),
    );
    expect(full.length).toBeGreaterThan(0);
    expect(seededBookings(parintins, 307, days[3]!, '09:00')).toBe(seededBookings(parintins, 307, days[3]!, '09:00'));
  });
});

describe('simulator state', () => {
  it('keeps appointments across restarts in its state file', () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'sim-')), 'state.json');
    const first = new SimStore({ now, stateFile });
    const day = bookableDays(parintins, now).find((d) =>
      hoursOf(parintins, 1).some((h) => first.vacancies(parintins, 307, d, h) > 0),
    )!;
    const hour = hoursOf(parintins, 1).find((h) => first.vacancies(parintins, 307, day, h) > 0)!;
    const made = first.book({ companyID: 102, unitID: 506, attendanceTypeID: 307, date: day, hour, client, form: [] });
    first.setStatus(made.protocol, statusIDs.checkedIn);

    const second = new SimStore({ now, stateFile });
    expect(second.byProtocol(made.protocol).statusID).toBe(statusIDs.checkedIn);
    expect(second.vacancies(parintins, 307, day, hour)).toBe(first.vacancies(parintins, 307, day, hour));
  });

  it('gives a cancelled appointment its place back', () => {
    const store = new SimStore({ now });
    const day = bookableDays(parintins, now).find((d) =>
      hoursOf(parintins, 1).some((h) => store.vacancies(parintins, 310, d, h) > 0),
    )!;
    const hour = hoursOf(parintins, 1).find((h) => store.vacancies(parintins, 310, day, h) > 0)!;
    const made = store.book({ companyID: 102, unitID: 506, attendanceTypeID: 310, date: day, hour, client, form: [] });
    expect(store.vacancies(parintins, 310, day, hour)).toBe(0);
    store.setStatus(made.protocol, statusIDs.cancelled);
    expect(store.vacancies(parintins, 310, day, hour)).toBe(1);
  });

  it('leases each free time once, in the range asked for, so that tests never share one', () => {
    const store = new SimStore({ now });
    const leases = Array.from({ length: 30 }, () => store.lease(504, 307, { min: 2, max: 3 }));
    expect(new Set(leases.map((l) => `${l.date} ${l.hour}`)).size).toBe(30);
    expect(leases.every((l) => l.vacancies >= 2 && store.vacancies(store.unit(504), 307, l.date, l.hour) >= 2)).toBe(
      true,
    );
    const day = leases[0]!.date;
    expect(store.lease(504, 307, { min: 1, max: 3, date: day }).date).toBe(day);
    expect(() => store.lease(504, 307, { min: 1, max: 3, date: '2026-12-06' })).toThrow(/no free time/);
  });
});

describe('simulator faults', () => {
  it('parses faults from the environment and lifts counted ones', () => {
    const board = new FaultBoard(parseFaults('{"listCompaniesByUser":{"status":503,"times":2},"*":{"latencyMs":10}}'));
    expect(board.take('listCompaniesByUser')).toMatchObject({ status: 503 });
    expect(board.take('listCompaniesByUser')).toMatchObject({ status: 503 });
    expect(board.take('listCompaniesByUser')).toEqual({ latencyMs: 10 });
    expect(() => parseFaults('{"noSuchEndpoint":{"hang":true}}')).toThrow();
  });
});
