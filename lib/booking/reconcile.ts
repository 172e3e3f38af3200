import 'server-only';
import { NotKnownYet } from '@/lib/store/once';
import { getAppointment, type Appointment } from '@/lib/tatodesk';
import { unitDays } from '@/lib/upstream/unit-days';

import type { Sought } from './idempotency';

/** The statuses under which a booking no longer holds its place; any other (an account's own too) may. */
const released = new Set(['cancelled', 'no-show']);

/**
 * Asks the upstream whether a create whose answer was lost made the booking: the unit's
 * appointments for the service type and day (In-Person Services Report), read one by one until one
 * belongs to this CPF. Each row is checked itself (unit, service, day, hour, status), whatever the
 * report's filters did: a status id read wrongly must not hide a booking and book the person twice.
 * Throws when the upstream cannot say.
 */
export async function findBooking(sought: Sought): Promise<Appointment | undefined> {
  const report = await unitDays(sought, sought.date, sought.date);
  const atThatHour = report.rows.filter(
    (row) =>
      row.unit.id === sought.unitId &&
      row.serviceType.id === sought.serviceTypeId &&
      row.date === sought.date &&
      row.time === sought.time &&
      !released.has(row.status),
  );
  for (const row of atThatHour) {
    const appointment = await getAppointment(row.protocol);
    if (appointment.client.cpf === sought.cpf && !released.has(appointment.status)) return appointment;
  }
  if (!report.complete)
    throw new NotKnownYet('the day’s report was longer than could be read: the booking is not known');
  return undefined;
}
