import { beforeAll, describe, expect, it } from 'vitest';
import type * as Reconcile from '@/lib/booking/reconcile';
import { citizen, simulatorSuite } from './harness';

const suite = simulatorSuite();
let findBooking: typeof Reconcile.findBooking;

beforeAll(async () => {
  // The harness pointed a fresh adapter at this file's simulator: the module reads through it.
  ({ findBooking } = await import('@/lib/booking/reconcile'));
});

async function bookedElsewhere(cpf: string) {
  const at = await suite.control.lease({ unitID: 501, attendanceTypeID: 305, minVacancies: 2 });
  const protocol = await suite.control.book({
    companyID: 101,
    unitID: 501,
    attendanceTypeID: 305,
    date: at.date,
    hour: at.hour,
    client: { ...citizen, cpf },
  });
  const sought = { companyId: 101, unitId: 501, serviceTypeId: 305, date: at.date, time: at.hour, cpf };
  return { protocol, sought };
}

describe('finding a booking whose create answer was lost', () => {
  it('finds it by unit, service, day and hour, then by CPF', async () => {
    const { protocol, sought } = await bookedElsewhere('52998224725');
    expect((await findBooking(sought))?.protocol).toBe(protocol);
  });

  it('does not take another citizen’s booking at the same hour for it', async () => {
    const { sought } = await bookedElsewhere('11144477735');
    expect(await findBooking({ ...sought, cpf: '39053344705' })).toBeUndefined();
  });

  it('does not count a cancelled booking as made', async () => {
    const { protocol, sought } = await bookedElsewhere('86288366757');
    await suite.control.setStatus(protocol, 'cancelled');
    expect(await findBooking(sought)).toBeUndefined();
  });
});
