import 'server-only';
import { getAppointment, getInPersonReport, type Appointment } from '@/lib/tatodesk';
import type { Sought } from './idempotency';

/** The statuses under which a booking still holds its place. */
const holding = ['scheduled', 'checked-in', 'in-service', 'finished'] as const;
/** Enough rows for any hour of any unit in one page of the report. */
const PAGE = 1000;

/**
 * Asks the upstream whether a create whose answer was lost made the booking: the unit's
 * appointments for the service type and day (In-Person Services Report), at the hour asked
 * for, read one by one until one belongs to this CPF. Throws when the upstream cannot say.
 */
export async function findBooking(sought: Sought): Promise<Appointment | undefined> {
  const report = await getInPersonReport({
    from: sought.date,
    to: sought.date,
    companyIds: [sought.companyId],
    unitIds: [sought.unitId],
    serviceTypeIds: [sought.serviceTypeId],
    statuses: [...holding],
    page: 0,
    limit: PAGE,
  });
  const atThatHour = report.rows.filter((row) => row.scheduled && row.time === sought.time);
  for (const row of atThatHour) {
    const appointment = await getAppointment(row.protocol);
    if (appointment.client.cpf === sought.cpf) return appointment;
  }
  return undefined;
}
