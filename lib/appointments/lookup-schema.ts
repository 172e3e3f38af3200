import { z } from 'zod/mini';
import { cpfsOf } from '@/lib/booking/dependant';
import { cpfDigits, isValidCpf } from '@/lib/br/cpf';
import { PROTOCOL_PATTERN } from '@/lib/protocol';
import type { Appointment } from '@/lib/tatodesk/types';
import type { Failure } from '@/lib/upstream';

export type LookupErrorCode = 'protocolRequired' | 'protocolInvalid' | 'secretRequired' | 'secretInvalid';

const email = z.email();

/** Protocol plus a second factor (the CPF or the e-mail given when booking); shared by form and action. */
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
  secret: z.string().check(
    z.trim(),
    z.minLength(1, { error: 'secretRequired', abort: true }),
    z.maxLength(254, 'secretInvalid'),
    z.refine((value) => isValidCpf(value) || email.safeParse(value).success, 'secretInvalid'),
  ),
});
export type LookupValues = z.output<typeof lookupSchema>;

/**
 * The second factor matches when it is the booking's e-mail (any case) or one of its CPFs (any
 * punctuation): the attendee's, or the responsible person's when it was booked for someone else.
 */
export function matchesSecret(secret: string, appointment: Pick<Appointment, 'client' | 'answers'>): boolean {
  if (secret.includes('@')) return secret.toLowerCase() === appointment.client.email.toLowerCase();
  return cpfsOf(appointment).includes(cpfDigits(secret));
}

/** What the lookup action answers when it does not open the appointment. */
export type LookupState = {
  values?: { protocol: string; secret: string };
  errors?: Partial<Record<'protocol' | 'secret', LookupErrorCode>>;
  problem?: 'not-found' | 'limited' | 'busy';
  retryInMinutes?: number;
  failure?: Failure;
};
