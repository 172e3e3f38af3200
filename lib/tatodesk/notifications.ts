import { call } from './default-client';
import type { Notification } from './types';

const sentId = ({ data }: { data: { notificationID: string } }) => data.notificationID;

/** Brazilian numbers travel with the country code: 11987654321 → 5511987654321. */
export const toInternationalPhone = (phone: string) => (phone.length <= 11 ? `55${phone}` : phone);

/** An e-mail, with files already on Tatodesk's side attached by their URL (from `uploadMedia`). */
export async function sendEmail(
  n: Notification & { to: { email: string; name?: string }; attachments?: { name: string; url: string }[] },
) {
  return sentId(
    await call()('sendEmail', {
      templateID: n.templateId,
      to: [n.to],
      parameters: n.parameters,
      ...(n.attachments?.length ? { attachments: n.attachments } : {}),
      metadata: n.metadata,
    }),
  );
}

/**
 * A WhatsApp template message; with `document`, the media upload's id in the template's header,
 * as the seed says: «Use this UUID in the "id" field inside templatePayload -> header» (Send
 * Notification via WhatsApp - Using Media Upload).
 */
export async function sendWhatsApp(n: Notification & { phone: string; document?: { mediaId: string } }) {
  return sentId(
    await call()('sendWhatsApp', {
      templateID: n.templateId,
      phone: toInternationalPhone(n.phone),
      templatePayload: {
        ...(n.document ? { header: { type: 'document' as const, id: n.document.mediaId } } : {}),
        // WhatsApp templates take positional parameters, in the order the template declares them.
        body: { parameters: Object.values(n.parameters) },
      },
      metadata: n.metadata,
    }),
  );
}

export async function sendSms(n: Notification & { phone: string }) {
  return sentId(
    await call()('sendSms', {
      templateID: n.templateId,
      phone: toInternationalPhone(n.phone),
      parameters: n.parameters,
      metadata: n.metadata,
    }),
  );
}

/** Puts a file on Tatodesk's side; the URL it answers is what attachments reference. */
export async function uploadMedia(file: Blob, fileName: string) {
  const { data } = await call()(
    'uploadWhatsAppMedia',
    { fileName, contentType: file.type || 'application/octet-stream', size: file.size },
    { file },
  );
  return { mediaId: data.mediaID, url: data.url };
}
