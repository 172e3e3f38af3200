import { z } from 'zod/mini';
import { cpfDigits, isValidCpf } from '@/lib/br/cpf';
import { isMobilePhone, isPhone, phoneDigits } from '@/lib/br/phone';
import type { FormField } from '@/lib/tatodesk/types';

/**
 * One schema for the details form, in the browser (react-hook-form) and in the server action.
 * Messages are codes; the form turns them into words with the field's label and limits. Written
 * with `zod/mini`, whose checks the bundler keeps only when used: the browser gets a few kB of
 * it instead of the whole library.
 */
export const NAME_MAX = 120;

/** Every message the schema gives, as a code the form has words for (booking.details.errors). */
const errorCodes = [
  'nameRequired',
  'nameTooLong',
  'nameInvalid',
  'cpfRequired',
  'cpfInvalid',
  'cpfLength',
  'emailRequired',
  'emailInvalid',
  'phoneRequired',
  'phoneInvalid',
  'contactRequired',
  'required',
  'mustCheck',
  'tooShort',
  'tooLong',
  'notNumber',
  'notWhole',
  'tooSmall',
  'tooLarge',
  'invalidDate',
  'invalidOption',
  'invalidEmail',
  'invalidPhone',
  'invalid',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** A message from the schema as a code the form has words for; anything else (a library's own text) is "invalid". */
export const toErrorCode = (message: unknown): ErrorCode =>
  (errorCodes as readonly unknown[]).includes(message) ? (message as ErrorCode) : 'invalid';

const emailShape = z.email();
const isoDate = z.iso.date();

/**
 * An answer in the posted form's shape, a string, whoever read it: react-hook-form gives a
 * checkbox `false` or its value and an unanswered radio `null`; the server reads strings.
 */
const asPosted = (value: unknown) =>
  typeof value === 'string' ? value : value === true ? 'true' : value === false ? 'false' : '';

function answerSchema(field: FormField) {
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

/** A required e-mail and a required mobile number (its digits), as every form asks for them. */
export const email = z.pipe(
  z.string().check(z.trim(), z.minLength(1, { error: 'emailRequired', abort: true }), z.maxLength(254, 'emailInvalid')),
  z.email('emailInvalid'),
);
export const phone = z.pipe(
  z
    .string()
    .check(z.trim(), z.minLength(1, { error: 'phoneRequired', abort: true }), z.refine(isMobilePhone, 'phoneInvalid')),
  z.transform(phoneDigits),
);

const optionalEmail = z.string().check(
  z.trim(),
  z.maxLength(254, 'emailInvalid'),
  z.refine((value) => value === '' || emailShape.safeParse(value).success, 'emailInvalid'),
);
const optionalPhone = z.pipe(
  z.string().check(
    z.trim(),
    z.refine((value) => value === '' || isMobilePhone(value), 'phoneInvalid'),
  ),
  z.transform((value) => (value === '' ? '' : phoneDigits(value))),
);

/**
 * The details form's rules. An e-mail or a mobile is enough (`contact: 'required'`: at least one,
 * both allowed, each checked when given); at the counter (`'optional'`) neither is needed. A
 * WhatsApp or SMS message goes only with its tick (`whatsapp`, `sms`), and only with a phone.
 */
export function detailsSchema(fields: FormField[], contact: 'required' | 'optional' = 'required') {
  const schema = z.object({
    name: z.string().check(
      z.trim(),
      z.minLength(1, 'nameRequired'),
      z.maxLength(NAME_MAX, 'nameTooLong'),
      // A name is letters, spaces and punctuation: no markup, no line breaks, no invisible controls.
      z.refine((name) => !/[\p{Cc}\p{Cf}<>]/u.test(name), 'nameInvalid'),
    ),
    cpf: z.pipe(
      z.string().check(
        z.trim(),
        // Each says more than the one before it: the first that fails is the one shown.
        z.minLength(1, 'cpfRequired'),
        z.refine((value) => value === '' || cpfDigits(value).length === 11, 'cpfLength'),
        z.refine((value) => cpfDigits(value).length !== 11 || isValidCpf(value), 'cpfInvalid'),
      ),
      z.transform(cpfDigits),
    ),
    email: optionalEmail,
    phone: optionalPhone,
    whatsapp: tick,
    sms: tick,
    answers: z.object(Object.fromEntries(fields.map((f) => [f.key, answerSchema(f)]))),
  });
  if (contact === 'optional') return schema;
  // One way to reach the person is enough; none is said once, at the e-mail (the first of the two),
  // with every other message.
  return schema.check(
    z.refine((v) => filled(v.email) || filled(v.phone), {
      path: ['email'],
      error: 'contactRequired',
      when: () => true,
    }),
  );
}

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** A tick: "true" when ticked, anything else (absent, "false") not. */
const tick = z.pipe(
  z.transform(asPosted),
  z.transform((value) => value === 'true'),
);

export type DetailsValues = z.output<ReturnType<typeof detailsSchema>>;
/** What the citizen typed, as typed: kept on every error so nothing is lost. */
export type DetailsInput = {
  name: string;
  cpf: string;
  email: string;
  phone: string;
  /** The ticks for WhatsApp and SMS messages: "true", or "" (an unticked box, as the browser's form library starts it). */
  whatsapp: string;
  sms: string;
  answers: Record<string, string>;
};

export const baseFields = ['name', 'cpf', 'email', 'phone', 'whatsapp', 'sms'] as const;

/** A form nobody has typed in yet. */
export const emptyDetails: DetailsInput = {
  name: '',
  cpf: '',
  email: '',
  phone: '',
  whatsapp: '',
  sms: '',
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
    name: text('name'),
    cpf: text('cpf'),
    email: text('email'),
    phone: text('phone'),
    whatsapp: ticked('whatsapp'),
    sms: ticked('sms'),
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
