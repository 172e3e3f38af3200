import 'server-only';
import { TZDate } from '@date-fns/tz';
import ical, { ICalAlarmType } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { formatAddress } from '@/lib/format';
import { wallClockInstant } from '@/lib/format/time';
import { translatorFor } from '@/lib/i18n/translator';
import type { Appointment } from '@/lib/tatodesk';

/** When the service names no duration. */
const DEFAULT_MINUTES = 30;
const REMINDER_SECONDS = 24 * 60 * 60;

/** What a calendar event of an appointment says: the appointment page's and the e-mailed receipt's. */
export type CalendarFacts = {
  protocol: string;
  date: string;
  time?: string;
  durationMinutes?: number;
  service: string;
  unit: { name: string; address: string; timeZone: string };
  bring: string[];
};

/** An appointment as the calendar sees it: its unit's address on one line. */
export const calendarFactsOf = (a: Appointment): CalendarFacts => ({
  protocol: a.protocol,
  date: a.date,
  time: a.time,
  durationMinutes: a.serviceType.durationMinutes,
  service: a.serviceType.name,
  unit: { name: a.unit.name, address: formatAddress(a.unit.address), timeZone: a.unit.timeZone },
  bring: a.serviceType.requiredDocuments,
});

/**
 * The zone's current rules, from a library that follows the IANA database: Brazil ended summer
 * time in 2019, and a stale VTIMEZONE still moves December visits an hour.
 */
const vtimezone = (zone: string) => tzlib_get_ical_block(zone)[0] ?? '';

/**
 * An RFC 5545 calendar with the appointment at the unit's wall-clock time, its VTIMEZONE, and a
 * reminder a day before, its words (the protocol, what to bring) in `language`.
 */
export function appointmentCalendar(a: CalendarFacts, language: string): string {
  const t = translatorFor(language);
  const summary = `${a.service} · ${a.unit.name}`;
  const description = [
    `${t('booking.confirmation.protocol')}: ${a.protocol}`,
    `${t('booking.confirmation.bring')}:`,
    ...a.bring.map((d) => `- ${d}`),
  ].join('\n');
  // No calendar-wide zone: the generator then writes a VTIMEZONE for each event's zone, and the
  // stamp in UTC.
  const calendar = ical({ prodId: { company: 'Tatodesk booking', product: 'Appointments', language: 'PT' } });
  calendar.timezone({ name: null, generator: vtimezone });
  const zone = a.unit.timeZone;
  // Zoned dates: ical-generator writes a plain Date in the server's own zone, whatever TZID it labels.
  const start = new TZDate(wallClockInstant(a.date, a.time ?? '00:00', zone).getTime(), zone);
  const minutes = a.durationMinutes ?? DEFAULT_MINUTES;
  calendar.createEvent({
    id: `${a.protocol}@appointments`,
    start,
    end: new TZDate(start.getTime() + minutes * 60_000, zone),
    timezone: zone,
    summary,
    description,
    location: `${a.unit.name}, ${a.unit.address}`,
    alarms: [{ type: ICalAlarmType.display, trigger: REMINDER_SECONDS, description: summary }],
  });
  return calendar.toString();
}
