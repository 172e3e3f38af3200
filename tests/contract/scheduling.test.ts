import { describe, expect, it } from 'vitest';
import { citizen, simulatorSuite } from './harness';

const suite = simulatorSuite();

const detran = { companyId: 102, unitId: 504, serviceTypeId: 307 };
const answers = [
  { key: 'cnhRegistration', value: '12345678901' },
  { key: 'paidFee', value: 'true' },
];

async function firstOpenSlot(scope: { unitId: number; serviceTypeId: number }) {
  const day = (await suite.tatodesk.listDates(scope)).find((d) => d.vacancies > 0);
  const [period] = await suite.tatodesk.listPeriods({ ...scope, date: day!.date });
  const [slot] = await suite.tatodesk.listSlots({ ...scope, date: day!.date, periodId: period!.id });
  return { date: day!.date, periodId: period!.id, time: slot!.time };
}

describe('dates, periods and hours', () => {
  it('offers weekdays from tomorrow, skipping weekends and holidays, with full days at 0', async () => {
    const dates = await suite.tatodesk.listDates(detran);
    expect(dates[0]!.date > '2026-12-01').toBe(true);
    const days = dates.map((d) => d.date);
    expect(days).not.toContain('2026-12-05'); // Saturday
    expect(days).not.toContain('2026-12-08'); // Manaus holiday
    expect(days).not.toContain('2026-12-25'); // Christmas
    expect(dates.some((d) => d.vacancies > 0)).toBe(true);
    expect(dates.some((d) => d.vacancies === 0)).toBe(true);
  });

  it('lists periods and hours with vacancies only', async () => {
    const day = (await suite.tatodesk.listDates(detran)).find((d) => d.vacancies > 0);
    const periods = await suite.tatodesk.listPeriods({ ...detran, date: day!.date });
    expect(periods.map((p) => p.name)).toEqual(expect.arrayContaining(['Manhã']));
    const morning = periods.find((p) => p.name === 'Manhã')!;
    expect(morning.vacancies).toBeGreaterThan(0);
    const slots = await suite.tatodesk.listSlots({ ...detran, date: day!.date, periodId: morning.id });
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => /^\d{2}:\d{2}$/.test(s.time) && s.vacancies > 0 && s.time < '12:00')).toBe(true);
  });

  it('rejects a unit that does not offer the type', async () => {
    await expect(suite.tatodesk.listDates({ unitId: 504, serviceTypeId: 311 })).rejects.toMatchObject({
      kind: 'rejected',
    });
  });
});

describe('appointments', () => {
  it('creates an appointment that the query and the attendance read back', async () => {
    const slot = await firstOpenSlot(detran);
    const created = await suite.tatodesk.createAppointment({
      ...detran,
      date: slot.date,
      time: slot.time,
      client: citizen,
      answers,
    });
    expect(created.protocol).toMatch(/^\d{14}$/);

    const appointment = await suite.tatodesk.getAppointment(created.protocol);
    expect(appointment).toMatchObject({
      protocol: created.protocol,
      scheduled: true,
      date: slot.date,
      time: slot.time,
      status: 'scheduled',
      unit: { id: 504, timeZone: 'America/Manaus' },
      serviceType: { id: 307, name: 'Renovação da CNH' },
      client: citizen,
    });
    expect(appointment.answers).toContainEqual({ key: 'paidFee', value: 'true', label: 'Já paguei a taxa (DAR)' });
    expect((await suite.tatodesk.getAttendance(created.attendanceId)).protocol).toBe(created.protocol);
  });

  it('takes the place: vacancies drop by one', async () => {
    const slot = await firstOpenSlot(detran);
    const before = (await suite.tatodesk.listSlots({ ...detran, date: slot.date, periodId: slot.periodId })).find(
      (s) => s.time === slot.time,
    )!;
    await suite.tatodesk.createAppointment({ ...detran, date: slot.date, time: slot.time, client: citizen, answers });
    const after = (await suite.tatodesk.listSlots({ ...detran, date: slot.date, periodId: slot.periodId })).find(
      (s) => s.time === slot.time,
    );
    expect(after?.vacancies ?? 0).toBe(before.vacancies - 1);
  });

  it('lets exactly one of two racing creates win the last place', async () => {
    const dates = await suite.tatodesk.listDates(detran);
    let last: { date: string; hour: string } | undefined;
    for (const { date } of dates) {
      const hour = (await suite.control.slots(504, 307, date)).find((s) => s.vacancies === 1);
      if (hour) {
        last = { date, hour: hour.hour };
        break;
      }
    }
    expect(last).toBeDefined();
    const book = () =>
      suite.tatodesk.createAppointment({ ...detran, date: last!.date, time: last!.hour, client: citizen, answers });
    const results = await Promise.allSettled([book(), book()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected');
    expect(lost?.reason).toMatchObject({ kind: 'slot-unavailable', status: 409 });
  });

  it('refuses a time the unit does not open', async () => {
    const slot = await firstOpenSlot(detran);
    const error = await suite.tatodesk
      .createAppointment({ ...detran, date: slot.date, time: '03:00', client: citizen, answers })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'rejected', upstreamMessage: 'the unit does not open at that date and hour' });
  });

  it('answers an unknown protocol as not found', async () => {
    await expect(suite.tatodesk.getAppointment('20260101999999')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('creates a walk-in attendance with no time', async () => {
    const walkIn = await suite.tatodesk.createWalkIn({ ...detran, client: citizen, answers: [] });
    const attendance = await suite.tatodesk.getAttendance(walkIn.attendanceId);
    expect(attendance).toMatchObject({ scheduled: false, status: 'checked-in', time: undefined });
  });

  it('creates a walk-in with a name and CPF only, for any service of the unit’s organisation, in the day report', async () => {
    // Unit 508 does not offer type 301 online; at the counter any of its organisation's services is taken.
    const walkIn = await suite.tatodesk.createWalkIn({
      companyId: 101,
      unitId: 508,
      serviceTypeId: 301,
      client: { name: citizen.name, cpf: citizen.cpf },
      answers: [],
    });
    expect(walkIn.code).toMatch(/^E\d{3}$/);
    const attendance = await suite.tatodesk.getAttendance(walkIn.attendanceId);
    expect(attendance.client).toMatchObject({ name: citizen.name, cpf: citizen.cpf, email: '', phone: '' });
    const report = await suite.tatodesk.getInPersonReport({
      from: attendance.date,
      to: attendance.date,
      code: walkIn.code,
      unitIds: [508],
      page: 0,
    });
    expect(report.rows.map((r) => r.protocol)).toEqual([walkIn.protocol]);
    // Another organisation's service is refused.
    await expect(
      suite.tatodesk.createWalkIn({ companyId: 101, unitId: 508, serviceTypeId: 307, client: citizen, answers: [] }),
    ).rejects.toMatchObject({ kind: 'rejected' });
  });

  it('adds attachments until the appointment is closed', async () => {
    const slot = await firstOpenSlot(detran);
    const { protocol } = await suite.tatodesk.createAppointment({
      ...detran,
      date: slot.date,
      time: slot.time,
      client: citizen,
      answers,
    });
    const files = await suite.tatodesk.addAttachments(protocol, [
      { name: 'cnh.pdf', url: `${suite.sim.url}/media/x/cnh.pdf` },
    ]);
    expect(files).toEqual([expect.objectContaining({ name: 'cnh.pdf' })]);
    expect((await suite.tatodesk.getAppointment(protocol)).attachments).toHaveLength(1);

    await suite.control.setStatus(protocol, 'cancelled');
    await expect(
      suite.tatodesk.addAttachments(protocol, [{ name: 'late.pdf', url: `${suite.sim.url}/media/y/late.pdf` }]),
    ).rejects.toMatchObject({
      kind: 'rejected',
      status: 409,
    });
  });
});
