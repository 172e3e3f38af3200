import { z } from 'zod/mini';
import { isPhone } from '@/lib/br/phone';
import type { FormField } from '@/lib/tatodesk/types';
import type { ErrorCode } from './error-codes';

export { toErrorCode, type ErrorCode } from './error-codes';

/** The details form's answers to the service's own questions, and the codes every message is given as. */

export const emailShape = z.email();
const isoDate = z.iso.date();

/**
 * An answer in the posted form's shape, a string, whoever read it: react-hook-form gives a
 * checkbox `false` or its value and an unanswered radio `null`; the server reads strings.
 */
export const asPosted = (value: unknown) =>
  typeof value === 'string' ? value : value === true ? 'true' : value === false ? 'false' : '';

export function answerSchema(field: FormField) {
  return z.pipe(z.transform(asPosted), answerText(field));
}

function answerText(field: FormField) {
  return z.string({ error: 'invalid' satisfies ErrorCode }).check(
    z.maxLength(5000, 'tooLong' satisfies ErrorCode),
    z.trim(),
    z.superRefine((value, ctx) => {
      const fail = (code: ErrorCode) => ctx.addIssue({ code: 'custom', message: code, input: value });
      if (field.type === 'checkbox') {
        if (field.required && value !== 'true') fail('mustCheck');
        return;
      }
      if (!value) {
        if (field.required) fail('required');
        return;
      }
      if (field.minLength !== undefined && value.length < field.minLength) return fail('tooShort');
      if (field.maxLength !== undefined && value.length > field.maxLength) return fail('tooLong');
      switch (field.type) {
        case 'number': {
          if (!/^-?\d+([.,]\d+)?$/.test(value)) return fail('notNumber');
          // A count ("how many instalments") takes whole numbers; a field says when it takes decimals.
          const decimals = value.split(/[.,]/)[1]?.length ?? 0;
          if (decimals > (field.decimals ?? 0)) return fail(field.decimals ? 'notNumber' : 'notWhole');
          const n = Number(value.replace(',', '.'));
          if (field.min !== undefined && n < field.min) return fail('tooSmall');
          if (field.max !== undefined && n > field.max) return fail('tooLarge');
          return;
        }
        case 'date':
          return isoDate.safeParse(value).success ? undefined : fail('invalidDate');
        case 'select':
        case 'radio':
          return field.options?.some((o) => o.value === value) ? undefined : fail('invalidOption');
        case 'email':
          return emailShape.safeParse(value).success ? undefined : fail('invalidEmail');
        case 'phone':
          return isPhone(value) ? undefined : fail('invalidPhone');
      }
    }),
  );
}
