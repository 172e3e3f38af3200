import 'server-only';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { isTatodeskError, sendEmail, sendSms, sendWhatsApp } from '@/lib/tatodesk';

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
};

const BACKOFF_MS = 500;

/** Tries a send a bounded number of times; only an unavailable upstream is worth another try. */
async function withRetries(channel: string, protocol: string, send: () => Promise<string>): Promise<void> {
  const { attempts } = env().notifications;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const id = await send();
      log.info({ channel, protocol, notificationId: id, attempt }, 'booking notification sent');
      return;
    } catch (error) {
      if (!isTatodeskError(error)) throw error;
      const last = attempt === attempts || error.kind !== 'unavailable';
      log[last ? 'error' : 'warn'](
        { channel, protocol, requestId: error.requestId, kind: error.kind, attempt, attempts },
        last ? 'booking notification failed' : 'booking notification failed, retrying',
      );
      if (last) return;
      await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS * 2 ** (attempt - 1)));
    }
  }
}

/**
 * The booking confirmation by e-mail, WhatsApp and SMS, each where a template is configured.
 * Runs after the response (next/server `after`), so it never fails or delays the booking.
 */
export async function notifyBooking(b: BookingNotice): Promise<void> {
  const { english, ...portuguese } = env().notifications;
  const pick = (channel: 'email' | 'whatsapp' | 'sms') =>
    (b.language === 'en' ? english[channel] : undefined) ?? portuguese[channel];
  const [email, whatsapp, sms] = [pick('email'), pick('whatsapp'), pick('sms')];
  const parameters = Object.fromEntries(
    Object.entries({
      name: b.name,
      protocol: b.protocol,
      service: b.service,
      unit: b.unit,
      address: b.address,
      date: b.date,
      time: b.time,
      language: b.language,
    }).map(([key, value]) => [key, plainText(value)]),
  );
  const metadata = { protocol: b.protocol, source: 'booking', language: b.language };
  await Promise.all([
    email &&
      withRetries('email', b.protocol, () =>
        sendEmail({ templateId: email, to: { email: b.email, name: b.name }, parameters }),
      ),
    whatsapp &&
      withRetries('whatsapp', b.protocol, () =>
        sendWhatsApp({ templateId: whatsapp, phone: b.phone, parameters, metadata }),
      ),
    sms && withRetries('sms', b.protocol, () => sendSms({ templateId: sms, phone: b.phone, parameters, metadata })),
  ]);
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
