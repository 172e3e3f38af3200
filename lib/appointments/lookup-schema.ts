import { z } from 'zod/mini';
import { cpfsOf } from '@/lib/answers/dependant';
import { cpfDigits, isValidCpf } from '@/lib/br/cpf';
import { isPhone, phoneDigits } from '@/lib/br/phone';
import { PROTOCOL_PATTERN } from '@/lib/protocol';
import type { Appointment } from '@/lib/tatodesk/types';
import type { Failure } from '@/lib/upstream';

export type LookupErrorCode =
  'protocolRequired' | 'protocolInvalid' | 'cpfRequired' | 'cpfInvalid' | 'contactRequired' | 'contactInvalid';

const email = z.email();

/**
 * Protocol, CPF and the e-mail or mobile given when booking; shared by form and action. The CPF
 * alone is no proof (CPFs are widely known, protocols sequential): the contact on file is what a
 * stranger who knows the CPF does not know, and every booking has one of the two.
 */
export const lookupSchema = z.object({
  protocol: z.pipe(
    z.pipe(
      z.string(),
      z.transform((value: string) => value.replace(/\s/g, '')),
    ),
    z
      .string()
      .check(z.minLength(1, { error: 'protocolRequired', abort: true }), z.regex(PROTOCOL_PATTERN, 'protocolInvalid')),
  ),
  cpf: z.string().check(
    z.trim(),
    z.minLength(1, { error: 'cpfRequired', abort: true }),
    z.refine((value) => isValidCpf(value), 'cpfInvalid'),
  ),
  contact: z.string().check(
    z.trim(),
    z.minLength(1, { error: 'contactRequired', abort: true }),
    z.maxLength(254, 'contactInvalid'),
    z.refine((value) => email.safeParse(value).success || isPhone(value), 'contactInvalid'),
  ),
});
export type LookupValues = z.output<typeof lookupSchema>;
export type LookupFields = { protocol: string; cpf: string; contact: string };

/**
 * The person matches when the CPF is one of the booking's (the attendee's, or the responsible
 * person's when it was booked for someone else, any punctuation) and the contact is the booking's
 * e-mail (any case) or its phone (any punctuation, with or without the country code).
 */
export function matchesPerson(
  { cpf, contact }: Pick<LookupFields, 'cpf' | 'contact'>,
  appointment: Pick<Appointment, 'client' | 'answers'>,
): boolean {
  if (!cpfsOf(appointment).includes(cpfDigits(cpf))) return false;
  const { email: onFile = '', phone = '' } = appointment.client;
  if (contact.includes('@')) return onFile !== '' && contact.toLowerCase() === onFile.toLowerCase();
  return phone !== '' && phoneDigits(contact) === phoneDigits(phone);
}

/** What the lookup action answers when it does not open the appointment. */
export type LookupState = {
  values?: LookupFields;
  errors?: Partial<Record<keyof LookupFields, LookupErrorCode>>;
  problem?: 'not-found' | 'limited' | 'busy';
  retryInMinutes?: number;
  failure?: Failure;
};
