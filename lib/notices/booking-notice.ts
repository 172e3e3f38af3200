import 'server-only';
import type { Consent } from '@/lib/answers/consent';
import { formatAddress, formatDate } from '@/lib/format';
import { unitTime } from '@/lib/i18n/zone-name';
import type { Address } from '@/lib/tatodesk';

/** What a confirmation or a reminder says, as template parameters in the citizen's language. */
export type BookingNotice = {
  protocol: string;
  name: string;
  email: string;
  phone: string;
  service: string;
  unit: string;
  address: string;
  /** Written in the citizen's language, the time with the unit's zone where it is not Brasília's. */
  date: string;
  time: string;
  /** The language the citizen booked in: it picks the template, and templates may branch on it. */
  language: string;
  /** WhatsApp and SMS only with the person's tick (the e-mail is part of the service). */
  consent: Consent;
};

/** The notice of a booking, in `language`, at the unit's clock. */
export async function bookingNotice(
  b: {
    protocol: string;
    person: { name: string; email: string; phone: string };
    consent: Consent;
    service: string;
    unit: { name: string; address: Address; timeZone: string };
    date: string;
    time: string;
  },
  language: string,
): Promise<BookingNotice> {
  return {
    protocol: b.protocol,
    name: b.person.name,
    email: b.person.email,
    phone: b.person.phone,
    service: b.service,
    unit: b.unit.name,
    address: formatAddress(b.unit.address),
    date: formatDate(b.date, language, 'long'),
    time: await unitTime(b.time, b.unit.timeZone, language),
    language,
    consent: b.consent,
  };
}

/**
 * A template parameter as plain text on one line: a template may put it in HTML or a message
 * whose lines mean something, so markup and line breaks typed by anyone never reach it as such.
 */
export const plainText = (value: string) =>
  value
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/[<>]/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
