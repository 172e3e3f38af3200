import type { z } from 'zod/mini';
import type { FormField } from '@/lib/tatodesk/types';
import { toErrorCode, type ErrorCode } from './error-codes';

/**
 * The fields every form asks, in page order, each as typed (a string): who the appointment is for
 * ("me", "" not yet said, or "other": a child, a person in one's care); the attendee's name and
 * CPF; a tick that the attendee has no CPF yet (a newborn, only for someone else); the responsible
 * person's name and CPF (for someone else); the e-mail and phone; and the ticks for WhatsApp and
 * SMS messages ("true", or "" as the browser's form library starts an unticked box).
 */
export const baseFields = [
  'forWhom',
  'name',
  'cpf',
  'noCpf',
  'guardianName',
  'guardianCpf',
  'email',
  'phone',
  'whatsapp',
  'sms',
] as const;
type BaseField = (typeof baseFields)[number];
const ticks: readonly BaseField[] = ['noCpf', 'whatsapp', 'sms'];

/** What the citizen typed, as typed: kept on every error so nothing is lost. */
export type DetailsInput = Record<BaseField, string> & { answers: Record<string, string> };

/** A form nobody has typed in yet. */
export const emptyDetails: DetailsInput = {
  ...(Object.fromEntries(baseFields.map((field) => [field, ''])) as Record<BaseField, string>),
  answers: {},
};

/**
 * Reads the form as posted (JavaScript or not): unknown fields are ignored, a missing checkbox is
 * "false". Without the service's fields (the upstream could not be asked), every answer posted is
 * kept as typed, so that nothing is lost.
 */
export function readDetails(form: FormData, fields?: FormField[]): DetailsInput {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const ticked = (name: string) => (text(name) === 'true' ? 'true' : '');
  const answers = fields
    ? fields.map((f) => [
        f.key,
        f.type === 'checkbox' ? String(text(`answers.${f.key}`) === 'true') : text(`answers.${f.key}`),
      ])
    : [...form.keys()]
        .filter((name) => name.startsWith('answers.'))
        .slice(0, 100)
        .map((name) => [name.slice('answers.'.length), text(name)]);
  return {
    ...(Object.fromEntries(
      baseFields.map((field) => [field, ticks.includes(field) ? ticked(field) : text(field)]),
    ) as Record<BaseField, string>),
    answers: Object.fromEntries(answers),
  };
}

/** Errors keyed by field name (`cpf`, `answers.motherName`), first message each. */
export function errorsByField(error: z.core.$ZodError): Record<string, ErrorCode> {
  const errors: Record<string, ErrorCode> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    errors[key] ??= toErrorCode(issue.message);
  }
  return errors;
}
