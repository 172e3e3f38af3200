import 'server-only';
import { TZDate } from '@date-fns/tz';
import ical, { ICalAlarmType } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { formatAddress } from '@/lib/format';
import { wallClockInstant } from '@/lib/format/time';
import type { Appointment } from '@/lib/tatodesk';

/** When the service names no duration. */
const DEFAULT_MINUTES = 30;
const REMINDER_SECONDS = 24 * 60 * 60;

/**
 * The zone's current rules, from a library that follows the IANA database: Brazil ended summer
 * time in 2019, and a stale VTIMEZONE still moves December visits an hour.
 */
const vtimezone = (zone: string) => tzlib_get_ical_block(zone)[0] ?? '';

/** An RFC 5545 calendar with the appointment at the unit's wall-clock time, its VTIMEZONE, and a reminder a day before. */
export function appointmentCalendar(a: Appointment, labels: { summary: string; description: string }): string {
  // No calendar-wide zone: the generator then writes a VTIMEZONE for each event's zone, and the
  // stamp in UTC.
  const calendar = ical({ prodId: { company: 'Tatodesk booking', product: 'Appointments', language: 'PT' } });
  calendar.timezone({ name: null, generator: vtimezone });
  const zone = a.unit.timeZone;
  // Zoned dates: ical-generator writes a plain Date in the server's own zone, whatever TZID it labels.
  const start = new TZDate(wallClockInstant(a.date, a.time ?? '00:00', zone).getTime(), zone);
  const minutes = a.serviceType.durationMinutes ?? DEFAULT_MINUTES;
  calendar.createEvent({
    id: `${a.protocol}@appointments`,
    start,
    end: new TZDate(start.getTime() + minutes * 60_000, zone),
    timezone: zone,
    summary: labels.summary,
    description: labels.description,
    location: `${a.unit.name}, ${formatAddress(a.unit.address)}`,
    alarms: [{ type: ICalAlarmType.display, trigger: REMINDER_SECONDS, description: labels.summary }],
  });
  return calendar.toString();
}
