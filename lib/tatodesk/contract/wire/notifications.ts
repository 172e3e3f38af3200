import { z } from 'zod';
import { single } from './common';

const parameters = z.record(z.string(), z.string().max(1000));
const metadata = z.record(z.string(), z.string().max(200)).optional();
const sent = single(z.object({ notificationID: z.string().min(1) }));

export const notificationsWire = {
  sendEmail: {
    request: z.object({
      templateID: z.string().min(1),
      to: z.array(z.object({ email: z.email(), name: z.string().optional() })).min(1),
      parameters,
      attachments: z.array(z.object({ name: z.string(), url: z.url() })).optional(),
      metadata,
    }),
    response: sent,
  },
  sendWhatsApp: {
    request: z.object({
      templateID: z.string().min(1),
      phone: z.string().regex(/^\d{12,13}$/, 'expected country code, area code and number'),
      language: z.string().default('pt_BR'),
      templatePayload: z.object({
        header: z
          .object({ type: z.enum(['image', 'document', 'video']), id: z.string().optional(), url: z.url().optional() })
          .optional(),
        body: z.object({ parameters: z.array(z.string().max(1000)) }),
      }),
      metadata,
    }),
    response: sent,
  },
  sendSms: {
    request: z.object({
      templateID: z.string().min(1),
      phone: z.string().regex(/^\d{12,13}$/, 'expected country code, area code and number'),
      parameters,
      metadata,
    }),
    response: sent,
  },
  // Sent as multipart/form-data (a `file` part); this schema describes the part's metadata.
  uploadWhatsAppMedia: {
    request: z.object({
      fileName: z.string().min(1).max(255),
      contentType: z.string().min(1),
      size: z.number().int().positive(),
    }),
    response: single(z.object({ mediaID: z.uuid(), url: z.url() })),
  },
};
