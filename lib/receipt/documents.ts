import 'server-only';
import { appointmentCalendar } from '@/lib/appointments/ics';
import { log } from '@/lib/ops/log';
import { metrics } from '@/lib/ops/metrics';
import { store } from '@/lib/store';
import { uploadMedia } from '@/lib/tatodesk';
import { documentNames, type ReceiptFacts } from './facts';
import { receiptPdf } from './pdf';

/** A file on Tatodesk's side: the media upload's id (a WhatsApp header) and URL (an e-mail attachment). */
export type Uploaded = { name: string; mediaId: string; url: string };
export type ReceiptDocuments = { pdf: Uploaded; ics: Uploaded };
type Entry = { state: 'uploading' } | ({ state: 'uploaded' } & ReceiptDocuments);

/** As long as a confirmation's sends may still be retried. */
const KEEP_MS = 7 * 24 * 3600 * 1000;
/** A claim whose holder died mid-upload is let go after this, and the upload is made again. */
const UPLOADING_MS = 2 * 60 * 1000;
/** How long a send waits for another's upload before it goes without the documents. */
const WAIT_MS = 20_000;
const POLL_MS = 250;

const count = (outcome: 'uploaded' | 'failed' | 'waited') => metrics().receiptDocuments.inc({ outcome });

/**
 * The receipt's PDF and the appointment's .ics on Tatodesk's side, uploaded once per booking: the
 * first send that needs them claims the upload in the shared store; another (the e-mail beside the
 * WhatsApp message, a retry, another instance) waits for it and uses the same files. Undefined when
 * they cannot be had (the upload failed, the store is away): the message then goes without them,
 * and that is logged and counted. An upload whose answer was lost is made again by a later claim:
 * the seed offers no way to find it, and a second copy of a receipt misleads nobody.
 */
export async function receiptDocuments(facts: ReceiptFacts): Promise<ReceiptDocuments | undefined> {
  const key = `receipt-documents:${facts.protocol}`;
  const about = { protocol: facts.protocol };
  try {
    const deadline = Date.now() + WAIT_MS;
    while (!(await store().add<Entry>(key, { state: 'uploading' }, UPLOADING_MS))) {
      const held = await store().get<Entry>(key);
      if (held?.state === 'uploaded') return { pdf: held.pdf, ics: held.ics };
      if (Date.now() > deadline) {
        count('waited');
        log.warn(about, 'receipt documents still uploading elsewhere: the message goes without them');
        return undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } catch (error) {
    count('failed');
    log.warn(
      { ...about, err: (error as Error).message },
      'receipt documents not claimed: the message goes without them',
    );
    return undefined;
  }
  try {
    const names = documentNames(facts);
    const [pdf, ics] = await Promise.all([
      upload(await receiptPdf(facts), names.pdf, 'application/pdf'),
      upload(Buffer.from(appointmentCalendar(facts, facts.language)), names.ics, 'text/calendar'),
    ]);
    await store().set<Entry>(key, { state: 'uploaded', pdf, ics }, KEEP_MS);
    count('uploaded');
    log.info({ ...about, pdf: pdf.mediaId, ics: ics.mediaId }, 'receipt documents uploaded');
    return { pdf, ics };
  } catch (error) {
    await store()
      .delete(key)
      .catch(() => undefined);
    count('failed');
    log.warn(
      { ...about, err: (error as Error).message },
      'receipt documents not uploaded: the message goes without them',
    );
    return undefined;
  }
}

async function upload(bytes: Buffer, name: string, type: string): Promise<Uploaded> {
  const { mediaId, url } = await uploadMedia(new Blob([new Uint8Array(bytes)], { type }), name);
  return { name, mediaId, url };
}
