/**
 * The upstream calls a booking makes after its pages have answered, counted apart from what a page
 * reads: the confirmation's sends, the receipt's files they carry, the delivery check of its
 * WhatsApp message, and the journey's events to Pulse (lib/pulse).
 */
export const BACKGROUND_CALLS = [
  'sendEmail',
  'sendWhatsApp',
  'sendSms',
  'uploadWhatsAppMedia',
  'notificationsReport',
  'createAppSession',
  'registerEvent',
];
