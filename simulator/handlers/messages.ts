import { invalid } from '../errors';
import type { Handlers } from './types';

/** Messages (e-mail, WhatsApp, SMS) and WhatsApp's media upload: kept in the simulator's outbox for tests to read. */
export const messageHandlers: Handlers<'sendEmail' | 'sendWhatsApp' | 'sendSms' | 'uploadWhatsAppMedia'> = {
  sendEmail: (store, body) => ({
    data: {
      notificationID: store.notify({
        channel: 'email',
        templateID: checkTemplate(body.templateID),
        to: body.to.map((t) => t.email).join(','),
        parameters: body.parameters,
        metadata: body.metadata,
      }),
    },
  }),
  sendWhatsApp: (store, body) => ({
    data: {
      notificationID: store.notify({
        channel: 'whatsapp',
        templateID: checkTemplate(body.templateID),
        to: body.phone,
        parameters: body.templatePayload.body.parameters,
        metadata: body.metadata,
      }),
    },
  }),
  sendSms: (store, body) => ({
    data: {
      notificationID: store.notify({
        channel: 'sms',
        templateID: checkTemplate(body.templateID),
        to: body.phone,
        parameters: body.parameters,
        metadata: body.metadata,
      }),
    },
  }),
  uploadWhatsAppMedia: (store, body, ctx) => {
    if (!ctx.file) throw invalid('a file part is required');
    const mediaID = crypto.randomUUID();
    store.uploads.add(
      {
        mediaID,
        fileName: body.fileName,
        contentType: ctx.file.type,
        size: ctx.file.bytes.byteLength,
        at: store.now().toISOString(),
      },
      ctx.file,
    );
    return {
      data: {
        mediaID,
        url: new URL(`/media/${mediaID}/${encodeURIComponent(body.fileName)}`, ctx.publicUrl).toString(),
      },
    };
  },
};

/** Templates exist in the simulator's account; anything else is refused as Tatodesk would. */
export const simTemplates = [
  'booking-confirmation',
  'booking-confirmation-en',
  'booking-reminder',
  'booking-reminder-en',
  'booking-cancelled',
  'appointment-request',
  'waiting-list-place',
  'waiting-list-place-en',
  'data-request',
  'request-received',
  'request-received-en',
];
function checkTemplate(id: string): string {
  if (!simTemplates.includes(id)) throw invalid(`unknown template ${id}`);
  return id;
}
