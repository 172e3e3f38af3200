import { beforeAll, describe, expect, it } from 'vitest';
import type * as Reconcile from '@/lib/booking/reconcile';
import type * as Slots from '@/lib/booking/slots';
import { otherAccount, otherAccountSettings } from '@/simulator/variant';
import { citizen, simulatorSuite } from './harness';

// The adapter against an account that makes every choice the seed leaves open otherwise than the
// default simulator (simulator/variant.ts), with the settings its operator would set from
// `npm run tatodesk:check`: the product discovers, tolerates or checks the rest.
const suite = simulatorSuite({ variant: 'other' }, { settings: otherAccountSettings });
let daySlots: typeof Slots.daySlots;
let findBooking: typeof Reconcile.findBooking;

beforeAll(async () => {
  ({ daySlots } = await import('@/lib/booking/slots'));
  ({ findBooking } = await import('@/lib/booking/reconcile'));
});

const central = { companyId: 101, unitId: 501, serviceTypeId: 305 };

async function book(cpf: string) {
  const at = await suite.control.lease({ unitID: 501, attendanceTypeID: 305, minVacancies: 2 });
  const created = await suite.tatodesk.createAppointment({
    ...central,
    date: at.date,
    time: at.hour,
    client: { ...citizen, cpf },
    answers: [],
  });
  return { ...created, date: at.date, time: at.hour };
}

describe('the adapter against a simulator that disagrees with us', () => {
  it('finds a day’s times through the periods the account names, in order, grouped by the clock', async () => {
    const day = (await suite.tatodesk.listDates(central)).find((d) => d.vacancies > 0)!;
    const dates = (await suite.tatodesk.listDates(central)).map((d) => d.date);
    expect(dates).toEqual([...dates].sort()); // answered in reverse, ISO: read in calendar order
    const periods = await suite.tatodesk.listPeriods({ ...central, date: day.date });
    expect(periods.map((p) => p.id).sort()).toEqual(
      Object.values(otherAccount.periods)
        .map((p) => p.id)
        .filter((id) => periods.some((p) => p.id === id))
        .sort(),
    );
    expect(
      periods.every((p) => p.vacancies === undefined && ['Matutino', 'Vespertino', 'Noturno'].includes(p.name ?? '')),
    ).toBe(true);

    const groups = await daySlots({ ...central, date: day.date });
    expect(groups.map((g) => g.period)).toEqual(
      ['morning', 'afternoon', 'evening'].filter((p) => groups.some((g) => g.period === p)),
    );
    const times = groups.flatMap((g) => g.slots.map((s) => s.time));
    expect(times.length).toBeGreaterThan(0);
    expect(times).toEqual([...times].sort());
    expect(groups.find((g) => g.period === 'morning')?.slots.every((s) => s.time < '12:00')).toBe(true);
  });

  it('books, reads the appointment as scheduled, and finds it in the report by its status and the seed’s minute filter', async () => {
    const booked = await book('52998224725');
    const appointment = await suite.tatodesk.getAppointment(booked.protocol);
    expect(appointment).toMatchObject({ status: 'scheduled', date: booked.date, time: booked.time });

    const scheduled = await suite.tatodesk.getInPersonReport({
      from: booked.date,
      to: booked.date,
      unitIds: [501],
      statuses: ['scheduled'],
      page: 0,
    });
    expect(scheduled.rows.length).toBeLessThanOrEqual(otherAccount.pageSize);
    expect(scheduled.rows.every((r) => r.status === 'scheduled')).toBe(true);

    const today = { from: '2026-12-01', to: '2026-12-01', unitIds: [501], page: 0 };
    const waited = await suite.tatodesk.getInPersonReport({ ...today, waitedMoreThan: 30 });
    expect(waited.rows.every((r) => (r.waitingMinutes ?? 0) > 30)).toBe(true);
  });

  it('finds a booking whose answer was lost, across pages of the account’s size, and not once it is cancelled', async () => {
    const booked = await book('11144477735');
    const sought = { ...central, date: booked.date, time: booked.time, cpf: '11144477735' };
    expect((await findBooking(sought))?.protocol).toBe(booked.protocol);
    await suite.control.setStatus(booked.protocol, 'cancelled');
    expect((await suite.tatodesk.getAppointment(booked.protocol)).status).toBe('cancelled');
    expect(await findBooking(sought)).toBeUndefined();
  });

  it('picks a CRM record by its own fields when the account ignores the filters and the sort', async () => {
    const fields = (protocol: string, requestedAt: string) => ({
      protocol,
      status: 'open',
      requestedAt,
      kind: 'cancel',
    });
    for (let i = 0; i < 9; i++)
      await suite.tatodesk.createCrmRecord('appointment_requests', fields(`9000${i}`, `2026-12-01T0${i}:00:00Z`));
    await suite.tatodesk.createCrmRecord('appointment_requests', fields('90003', '2026-12-01T10:00:00Z'));
    const found = await suite.tatodesk.findCrmRecords('appointment_requests', {
      where: [['protocol', 'eq', '90003']],
      sort: { field: 'requestedAt', order: 'desc' },
    });
    expect(found.map((r) => [r.fields.protocol, r.fields.requestedAt])).toEqual([
      ['90003', '2026-12-01T10:00:00Z'],
      ['90003', '2026-12-01T03:00:00Z'],
    ]);
  });

  it('reads a notification’s delivery by its own id when the report ignores the id filter', async () => {
    const ids: string[] = [];
    for (const email of ['a@exemplo.com.br', 'b@exemplo.com.br', 'c@exemplo.com.br'])
      ids.push(await suite.tatodesk.sendEmail({ templateId: 'booking-confirmation', parameters: {}, to: { email } }));
    const { rows } = await suite.tatodesk.getNotificationsReport({
      from: '2026-11-30',
      to: '2026-12-02',
      ids: [ids[1]!],
    });
    expect(rows.length).toBeGreaterThan(1); // the filter is not stated by the seed: this account ignores it
    expect(rows.find((r) => r.id === ids[1])?.status).not.toBe('unknown');
  });
});
