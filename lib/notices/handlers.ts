import 'server-only';
import { z } from 'zod';
import { env } from '@/lib/env';
import { BRASILIA, dayAfter } from '@/lib/format/time';
import { jobData, PermanentJobError, type JobHandler } from '@/lib/jobs';
import { log } from '@/lib/ops/log';
import { metrics } from '@/lib/ops/metrics';
import { receiptDocuments, type ReceiptDocuments } from '@/lib/receipt/documents';
import { store } from '@/lib/store';
import {
  getNotificationsReport,
  isTatodeskError,
  sendEmail,
  sendSms,
  sendWhatsApp,
  everyPage,
  upstreamNow,
} from '@/lib/tatodesk';

import { enqueueDeliveryCheck, enqueueSend, jobNames, sendJob, type SendJob } from './queue';

const SENT_TTL_MS = 60 * 24 * 3600 * 1000;
/** A few days of one organisation's loose notifications. */
const NOTIFICATION_PAGES = 20;
const sentMark = (j: SendJob) => `sent:${j.protocol}:${j.kind}:${j.channel}`;
type Mark = { state: 'sending' } | { state: 'sent'; id: string; at: string };

/** A refusal no retry mends (an unknown template, a number the upstream will not take). */
const permanent = (error: unknown) =>
  isTatodeskError(error) && (error.kind === 'rejected' || error.kind === 'not-found');

/**
 * The sent message under this job's (protocol, kind, channel), if the upstream has one. The report
 * is asked by metadata, a filter the seed does not state: each row is checked itself, and every page
 * read, so that an account that ignores the filter answers the same.
 */
async function findSent(job: SendJob) {
  const now = upstreamNow();
  const { rows } = await everyPage(
    (page) =>
      getNotificationsReport({
        from: dayAfter(now, -3, BRASILIA),
        to: dayAfter(now, 1, BRASILIA),
        channels: [job.channel],
        metadata: { key: 'protocol', value: job.protocol },
        page,
      }),
    NOTIFICATION_PAGES,
  );
  return rows.find(
    (row) => row.channel === job.channel && row.metadata.protocol === job.protocol && row.metadata.kind === job.kind,
  );
}

async function deliver(job: SendJob): Promise<string> {
  const metadata = { protocol: job.protocol, kind: job.kind, source: 'booking' };
  const n = { templateId: job.template, parameters: job.parameters, metadata };
  if (job.channel === 'sms') return sendSms({ ...n, phone: job.to });
  // The receipt's files, uploaded once for the booking; without them the message still goes.
  const documents = job.receipt && env().notifications.receipt ? await receiptDocuments(job.receipt) : undefined;
  const send = (carrying: ReceiptDocuments | undefined) =>
    job.channel === 'email'
      ? sendEmail({
          ...n,
          to: { email: job.to, name: job.parameters.name },
          attachments: carrying && [carrying.pdf, carrying.ics].map(({ name, url }) => ({ name, url })),
        })
      : sendWhatsApp({ ...n, phone: job.to, document: carrying?.pdf });
  try {
    return await send(documents);
  } catch (error) {
    // A template approved without a document header, or an account that will not attach these
    // files, refuses the whole message: the text alone is still worth sending.
    if (!documents || !permanent(error)) throw error;
    log.warn(
      { protocol: job.protocol, kind: job.kind, channel: job.channel },
      'receipt documents refused: sent without them',
    );
    metrics().receiptDocuments.inc({ outcome: 'refused' });
    return send(undefined);
  }
}

/**
 * One message, once. A mark in the store says it is being sent, then that it was; a try that
 * finds the mark but not the "sent" (the answer was lost, the process died) asks the Ad-hoc
 * Notifications Report before sending again, as a lost create is reconciled before another.
 */
const send: JobHandler = async (data, attempt) => {
  const job = jobData(sendJob, data, 'send');
  const mark = sentMark(job);
  if (!(await store().add<Mark>(mark, { state: 'sending' }, SENT_TTL_MS))) {
    const held = await store().get<Mark>(mark);
    if (held?.state === 'sent') return;
    const found = await findSent(job);
    if (found) {
      await store().set<Mark>(mark, { state: 'sent', id: found.id, at: found.sentAt }, SENT_TTL_MS);
      log.info(
        { channel: job.channel, protocol: job.protocol, kind: job.kind, notificationId: found.id },
        'notification found sent',
      );
      return;
    }
  }
  let id: string;
  try {
    id = await deliver(job);
  } catch (error) {
    const refused = permanent(error);
    metrics().notifications.inc({ channel: job.channel, outcome: refused ? 'refused' : 'failed' });
    // A WhatsApp message that could not be sent at all (refused, or out of tries) fails too: the SMS follows.
    if (refused || attempt >= env().notifications.attempts) await fallBack(job, 'whatsapp not sent: the sms follows');
    if (refused) {
      await store().delete(mark);
      throw new PermanentJobError(`${job.channel} ${job.kind} refused: ${(error as Error).message}`);
    }
    throw error;
  }
  metrics().notifications.inc({ channel: job.channel, outcome: 'sent' });
  // On the upstream's clock, as the report the delivery check reads it in is kept.
  const sentAt = upstreamNow().toISOString();
  await store().set<Mark>(mark, { state: 'sent', id, at: sentAt }, SENT_TTL_MS);
  log.info(
    { channel: job.channel, protocol: job.protocol, kind: job.kind, notificationId: id, attempt },
    'notification sent',
  );
  if (job.channel === 'whatsapp') await enqueueDeliveryCheck({ job, notificationId: id, sentAt, n: 1 });
};

/** The SMS in place of a WhatsApp message that failed, where the job names one. */
async function fallBack(job: SendJob, reason: string) {
  if (job.channel !== 'whatsapp' || !job.fallback) return;
  log.warn({ protocol: job.protocol, kind: job.kind }, reason);
  await enqueueSend({ ...job, channel: 'sms', template: job.fallback.template, fallback: undefined });
}

const deliveryCheck = z.object({
  job: sendJob,
  notificationId: z.string().min(1),
  sentAt: z.iso.datetime({ offset: true }),
  n: z.number().int().positive(),
});

/** Whether a WhatsApp message arrived: failed, the SMS follows; not yet known, asked again later. */
const checkDelivery: JobHandler = async (data) => {
  const check = jobData(deliveryCheck, data, 'check-delivery');
  const sent = new Date(check.sentAt);
  // Asked by id (a filter the seed does not state): the row is the one with that id, or none.
  const { rows } = await everyPage(
    (page) =>
      getNotificationsReport({
        from: dayAfter(sent, -1, BRASILIA),
        to: dayAfter(upstreamNow(), 1, BRASILIA),
        ids: [check.notificationId],
        page,
      }),
    NOTIFICATION_PAGES,
  );
  const status = rows.find((row) => row.id === check.notificationId)?.status ?? 'unknown';
  const about = { protocol: check.job.protocol, kind: check.job.kind, notificationId: check.notificationId, status };
  if (status === 'delivered' || status === 'read') return log.info(about, 'whatsapp delivered');
  if (status === 'failed') {
    if (!check.job.fallback) log.warn(about, 'whatsapp not delivered');
    return fallBack(check.job, 'whatsapp not delivered: the sms follows');
  }
  if (check.n < env().notifications.deliveryChecks) return enqueueDeliveryCheck({ ...check, n: check.n + 1 });
  log.warn(about, 'whatsapp delivery still unknown: no more checks');
};

/** The sends and their delivery checks (the reminders' jobs are in lib/reminders/jobs.ts). */
export const noticeHandlers: Record<string, JobHandler> = {
  [jobNames.send]: send,
  [jobNames.checkDelivery]: checkDelivery,
};
