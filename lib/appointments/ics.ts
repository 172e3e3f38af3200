import 'server-only';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType } from 'ical-generator';
import { formatAddress } from '@/lib/booking/format';
import type { Appointment } from '@/lib/tatodesk';
import { wallClockInstant } from '@/lib/time';

const DEFAULT_MINUTES = 30;
const REMINDER_SECONDS = 24 * 60 * 60;

/** An RFC 5545 calendar with the appointment at the unit's wall-clock time, its VTIMEZONE, and a reminder a day before. */
export function appointmentCalendar(a: Appointment, labels: { summary: string; description: string }): string {
  const calendar = ical({ prodId: { company: 'Tatodesk booking', product: 'Appointments', language: 'PT' } });
  calendar.timezone({ name: a.unit.timeZone, generator: getVtimezoneComponent });
  const start = wallClockInstant(a.date, a.time ?? '00:00', a.unit.timeZone);
  calendar.createEvent({
    id: `${a.protocol}@appointments`,
    start,
    end: new Date(start.getTime() + DEFAULT_MINUTES * 60_000),
    timezone: a.unit.timeZone,
    summary: labels.summary,
    description: labels.description,
    location: `${a.unit.name}, ${formatAddress(a.unit.address)}`,
    alarms: [{ type: ICalAlarmType.display, trigger: REMINDER_SECONDS, description: labels.summary }],
  });
  return calendar.toString();
}
