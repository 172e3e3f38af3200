import type { Answer } from '@/lib/tatodesk/types';

/**
 * The person's consent to messages on the phone, per channel, kept with the appointment in
 * Tatodesk as answers (so that a reminder, sent days later by any instance, reads what was
 * chosen). The e-mail needs none: the confirmation is part of the service.
 */
export type Consent = { whatsapp: boolean; sms: boolean };

const KEYS = { whatsapp: 'contactWhatsApp', sms: 'contactSms' } as const;

export const consentAnswers = (consent: Consent): Answer[] => [
  { key: KEYS.whatsapp, value: String(consent.whatsapp) },
  { key: KEYS.sms, value: String(consent.sms) },
];

/** What an appointment's answers say; none said (booked elsewhere, or before this was asked): no consent. */
export const consentOf = (answers: readonly Answer[]): Consent => ({
  whatsapp: answers.some((a) => a.key === KEYS.whatsapp && a.value === 'true'),
  sms: answers.some((a) => a.key === KEYS.sms && a.value === 'true'),
});

/** The answers that are the product's own marks, not the service's questions. */
export const isConsentAnswer = (key: string) => key === KEYS.whatsapp || key === KEYS.sms;
