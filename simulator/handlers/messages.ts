import { invalid } from '../errors';
import type { SimStore } from '../store';
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
        attachments: body.attachments && attachmentsOf(body.templateID, body.attachments, store),
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
        header: body.templatePayload.header && {
          ...headerOf(body.templateID, body.templatePayload.header),
          id: body.templatePayload.header.id && knownMedia(store, body.templatePayload.header.id, 'id'),
        },
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
  'visit-survey',
  'visit-survey-en',
];
/** The templates approved with a document (the confirmation's): any other refuses a WhatsApp header or an e-mail's attachments. */
export const simDocumentTemplates = ['booking-confirmation', 'booking-confirmation-en'];
function headerOf<H extends { type: string }>(templateID: string, header: H): H {
  if (header.type !== 'document' || !simDocumentTemplates.includes(templateID))
    throw invalid(`template ${templateID} has no ${header.type} header`);
  return header;
}

/** Attachments go with the templates approved with a document (the confirmation's), each a file held here. */
function attachmentsOf(templateID: string, attachments: { name: string; url: string }[], store: SimStore) {
  if (attachments.length > 0 && !simDocumentTemplates.includes(templateID))
    throw invalid(`template ${templateID} takes no attachments`);
  return attachments.map((a) => ({ name: a.name, url: knownMedia(store, a.url, 'url') }));
}

/** A header id or attachment URL names a file uploaded here: a message cannot carry a file the account does not hold. */
function knownMedia(store: SimStore, ref: string, as: 'id' | 'url'): string {
  const id = as === 'id' ? ref : /\/media\/([0-9a-f-]{36})\//.exec(ref)?.[1];
  if (!store.media().some((m) => m.mediaID === id)) throw invalid(`unknown media ${ref}`);
  return ref;
}

function checkTemplate(id: string): string {
  if (!simTemplates.includes(id)) throw invalid(`unknown template ${id}`);
  return id;
}
