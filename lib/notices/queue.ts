import 'server-only';
import { z } from 'zod';
import { env } from '@/lib/env';
import type { MessageKind } from '@/lib/env/schema';
import { addJob } from '@/lib/jobs';
import { log } from '@/lib/ops/log';
import { receiptFacts, type ReceiptFacts } from '@/lib/receipt/facts';
import { plainText, type BookingNotice } from './booking-notice';

export const channels = ['email', 'whatsapp', 'sms'] as const;
export type Channel = (typeof channels)[number];

/** One message on one channel: sent once per (protocol, kind, channel), whatever the retries and instances. */
export const sendJob = z.object({
  protocol: z.string().min(1).max(40),
  /** confirmation, reminder-24h, request-cancel…: what the message is about. */
  kind: z.string().regex(/^[a-z0-9-]{1,40}$/),
  channel: z.enum(channels),
  template: z.string().min(1),
  /** An e-mail address, or a phone number as the citizen gave it. */
  to: z.string().min(1).max(200),
  parameters: z.record(z.string(), z.string()),
  /** A WhatsApp message that is not delivered is followed by this SMS. */
  fallback: z.object({ template: z.string().min(1) }).optional(),
  /** A confirmation carries the receipt (NOTIFY_RECEIPT): on WhatsApp its PDF, on the e-mail the PDF and the .ics. */
  receipt: receiptFacts.optional(),
});
export type SendJob = z.infer<typeof sendJob>;

export const jobNames = {
  send: 'send',
  checkDelivery: 'check-delivery',
  remind: 'remind',
  sweep: 'reminder-sweep',
} as const;

const SEND_ATTEMPTS = () => env().notifications.attempts;
const id = (...parts: (string | number)[]) => parts.join('|');

export async function enqueueSend(job: SendJob): Promise<void> {
  await addJob(jobNames.send, job, {
    id: id('send', job.protocol, job.kind, job.channel),
    attempts: SEND_ATTEMPTS(),
    backoffMs: 500,
  });
}

/** The phone channels a confirmation can go on (a template is set): the ticks the details form offers. */
export function phoneChannels() {
  const { pt, en } = env().notifications.templates.confirmation;
  return { whatsapp: Boolean(pt.whatsapp || en.whatsapp), sms: Boolean(pt.sms || en.sms) };
}

/** Where a message can reach a person: what they gave, and what they ticked for the phone. */
export type Contact = { email?: string; phone?: string; consent: { whatsapp: boolean; sms: boolean } };
type Templates = Record<Channel, string | undefined>;

/**
 * The channels a message goes on, each with its template: the e-mail; on the phone only what was
 * ticked (WhatsApp, with the SMS after it if it does not arrive; or the SMS alone). A channel the
 * contact cannot be reached on, or that has no template, is absent.
 */
function reachOf(templates: Templates, contact: Contact): Partial<Record<Channel, string>> {
  const phone = Boolean(contact.phone);
  return {
    email: contact.email ? templates.email : undefined,
    whatsapp: phone && contact.consent.whatsapp ? templates.whatsapp : undefined,
    sms: phone && contact.consent.sms ? templates.sms : undefined,
  };
}

/** The channels a booking's confirmation reaches this contact on, in its language. */
export const confirmationReach = (contact: Contact, language: string) =>
  reachOf(templatesFor('confirmation', language), contact);

/** The templates a kind of message uses, in the citizen's language where one is set. */
function templatesFor(kind: MessageKind, language: string) {
  const { pt, en } = env().notifications.templates[kind];
  const pick = (channel: Channel) => (language === 'en' ? en[channel] : undefined) ?? pt[channel];
  return { email: pick('email'), whatsapp: pick('whatsapp'), sms: pick('sms') };
}

/**
 * A booking's confirmation or reminder, on each channel the citizen has and a template is set
 * for: the e-mail; and on the phone WhatsApp, followed by the SMS only if WhatsApp does not
 * deliver (or the SMS alone, where there is no WhatsApp template). Queued before the page answers,
 * so that a crash or a restart after the booking does not lose it. With `receipt`, the e-mail and
 * the WhatsApp message carry the receipt's documents.
 */
export async function enqueueNotices(
  notice: BookingNotice,
  kind: 'confirmation' | `reminder-${string}` | `resend-${string}`,
  receipt?: ReceiptFacts,
) {
  // A confirmation sent again is the confirmation: its templates carry the protocol.
  const templates = templatesFor(kind.startsWith('reminder-') ? 'reminder' : 'confirmation', notice.language);
  const parameters = Object.fromEntries(
    Object.entries({
      name: notice.name,
      protocol: notice.protocol,
      service: notice.service,
      unit: notice.unit,
      address: notice.address,
      date: notice.date,
      time: notice.time,
      language: notice.language,
    }).map(([key, value]) => [key, plainText(value)]),
  );
  // The receipt is checked here, where a fault costs only the documents: the job is read through the same schema.
  const facts = receipt && receiptFacts.safeParse(receipt);
  if (facts && !facts.success)
    log.warn({ protocol: notice.protocol }, 'receipt facts refused: the confirmation goes without documents');
  await enqueueOnReach(
    { protocol: notice.protocol, kind, parameters, receipt: facts?.success ? facts.data : undefined },
    reachOf(templates, notice),
    notice,
  );
}

/** A message to a person about an appointment, on the channels they have (the phone as consent now stands). */
type ContactMessage = {
  protocol: string;
  contact: Contact & { email: string; phone: string };
  language: string;
  parameters: Record<string, string>;
};

/**
 * A message of `messageKind` on the channels the person has, once per (protocol, kind, channel):
 * "your request was received" (`received-*`), the survey after a visit (`survey`).
 */
async function enqueueToContact(messageKind: MessageKind, kind: string, m: ContactMessage) {
  const reach = reachOf(templatesFor(messageKind, m.language), m.contact);
  const parameters = Object.fromEntries(Object.entries(m.parameters).map(([key, value]) => [key, plainText(value)]));
  await enqueueOnReach({ protocol: m.protocol, kind, parameters }, reach, m.contact);
  return reach;
}

/** "Your request was received", to the citizen. */
export const enqueueAcknowledgement = (ack: ContactMessage & { kind: `received-${string}` }) =>
  enqueueToContact('received', ack.kind, ack);

/** "How was your visit?": the survey's link, once per attendance. */
export const enqueueSurveyInvitation = (invite: ContactMessage) => enqueueToContact('survey', 'survey', invite);

/** One message on each channel reached: the e-mail; WhatsApp followed by the SMS if it does not arrive, or the SMS alone. */
async function enqueueOnReach(
  base: Pick<SendJob, 'protocol' | 'kind' | 'parameters' | 'receipt'>,
  reach: Partial<Record<Channel, string>>,
  to: { email: string; phone: string },
) {
  const jobs: SendJob[] = [];
  if (reach.email) jobs.push({ ...base, channel: 'email', template: reach.email, to: to.email });
  if (reach.whatsapp) {
    const fallback = reach.sms ? { template: reach.sms } : undefined;
    jobs.push({ ...base, channel: 'whatsapp', template: reach.whatsapp, to: to.phone, fallback });
  } else if (reach.sms) {
    jobs.push({ ...base, channel: 'sms', template: reach.sms, to: to.phone, receipt: undefined });
  }
  await Promise.all(jobs.map(enqueueSend));
}

export async function enqueueDeliveryCheck(check: { job: SendJob; notificationId: string; sentAt: string; n: number }) {
  await addJob(jobNames.checkDelivery, check, {
    id: id('check', check.job.protocol, check.job.kind, check.n),
    delayMs: env().notifications.deliveryCheckMs * 2 ** (check.n - 1),
    attempts: 3,
    backoffMs: 1000,
  });
}

/**
 * The confirmation of an appointment sent again to the contact on file, at most once a day: what
 * a person is told to look for when they try to book again what they already hold (the page
 * never shows them its protocol). Sent by the reminder job, with its checks.
 */
export async function enqueueResend(protocol: string, day: string) {
  await enqueueReminder({ protocol, kind: 'resend' }, day);
}

export async function enqueueReminder(reminder: { protocol: string; kind: string }, day?: string) {
  await addJob(jobNames.remind, reminder, {
    id: id('remind', reminder.protocol, reminder.kind, ...(day ? [day] : [])),
    attempts: 3,
    backoffMs: 2000,
    // Tatodesk away for all three tries: the next sweep queues it again (its sends are once-only).
    forgetFailure: true,
  });
}

/**
 * "A place opened" to one person on a waiting list, on the channel they chose (the phone:
 * WhatsApp, then the SMS if it is not delivered), once per entry whatever the retries.
 */
export async function enqueueWaitlistNotice(notice: {
  entryId: string;
  channel: 'email' | 'phone';
  contact: string;
  language: string;
  parameters: Record<string, string>;
}) {
  const templates = templatesFor('waitlist', notice.language);
  const parameters = Object.fromEntries(Object.entries(notice.parameters).map(([k, v]) => [k, plainText(v)]));
  // The entry stands where a booking's protocol would: the message is about it, once.
  const base = { protocol: `wl-${notice.entryId}`.slice(0, 40), kind: 'waiting-list', parameters };
  if (notice.channel === 'email') {
    if (templates.email)
      await enqueueSend({ ...base, channel: 'email', template: templates.email, to: notice.contact });
    return;
  }
  if (templates.whatsapp) {
    await enqueueSend({
      ...base,
      channel: 'whatsapp',
      template: templates.whatsapp,
      to: notice.contact,
      fallback: templates.sms ? { template: templates.sms } : undefined,
    });
  } else if (templates.sms) {
    await enqueueSend({ ...base, channel: 'sms', template: templates.sms, to: notice.contact });
  }
}
