import { z } from 'zod';
import type { Visit } from '@/lib/answers/dependant';
import { formatAddress } from '@/lib/format';
import { translatorFor } from '@/lib/i18n/translator';
import type { Appointment } from '@/lib/tatodesk/types';

/**
 * What a booking's receipt says, in the citizen's language: written once the booking is made (from
 * what the booking itself returned, no read upstream), carried by the confirmation's jobs, and read
 * back through this schema, since a job's data comes from the queue.
 */
export const receiptFacts = z.object({
  protocol: z.string().min(1).max(40),
  language: z.string().min(2).max(10),
  company: z.string().max(200),
  service: z.string().max(200),
  unit: z.object({
    name: z.string().max(200),
    /** The unit's address as one line. */
    address: z.string().max(400),
    timeZone: z.string().min(1).max(60),
  }),
  date: z.iso.date(),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  /** For the calendar event's end; the event lasts half an hour where the service names none. */
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60)
    .optional(),
  /** What to bring, in order, the newborn's certificate first where the form asked for one. */
  bring: z.array(z.string().max(300)).max(40),
  /** Said to have the right to priority service: the receipt says so, with the law. */
  priority: z.boolean(),
  /** Booked for someone else: who the visit is for, and who is responsible. */
  visit: z.object({ attendee: z.string().max(200), responsible: z.string().max(200) }).optional(),
  /** What the receipt's QR opens: the appointment's staff page, a protocol and no personal data. */
  qr: z.url().max(500),
});
export type ReceiptFacts = z.infer<typeof receiptFacts>;

/** The names the documents travel under, as the citizen's phone or mail shows them. */
export const documentNames = (f: Pick<ReceiptFacts, 'protocol' | 'language'>) => ({
  pdf: `${f.language === 'en' ? 'receipt' : 'comprovante'}-${f.protocol}.pdf`,
  ics: `${f.language === 'en' ? 'appointment' : 'agendamento'}-${f.protocol}.ics`,
});

/**
 * What to bring, as the receipt lists it: a newborn booked under the responsible's CPF first needs
 * the birth certificate the form asked for, then the service's own documents.
 */
export const whatToBring = (
  documents: readonly string[],
  visit: Visit | undefined,
  certificate: (attendee: string) => string,
) => [...(visit?.responsible.attendeeWithoutCpf ? [certificate(visit.attendee)] : []), ...documents];

/** What a receipt is drawn from: a booking's own receipt, or an appointment as Tatodesk has it now. */
export type ReceiptSource = Pick<Appointment, 'protocol' | 'company' | 'unit' | 'serviceType' | 'date'> & {
  time: string;
  priority: boolean;
  visit?: Visit;
};

/** What the receipt says, in the citizen's language; `qr`: the appointment's staff page. */
export function receiptFactsOf(source: ReceiptSource, language: string, qr: string): ReceiptFacts {
  const t = translatorFor(language);
  return {
    protocol: source.protocol,
    language,
    company: source.company.name,
    service: source.serviceType.name,
    unit: { name: source.unit.name, address: formatAddress(source.unit.address), timeZone: source.unit.timeZone },
    date: source.date,
    time: source.time,
    durationMinutes: source.serviceType.durationMinutes,
    bring: whatToBring(source.serviceType.requiredDocuments, source.visit, (name) =>
      t('booking.confirmation.birthCertificate', { name }),
    ),
    priority: source.priority,
    visit: source.visit && { attendee: source.visit.attendee, responsible: source.visit.responsible.name },
    qr,
  };
}
