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
  'forWhomInvalid',
  'attendeeNameRequired',
  'attendeeCpfRequired',
  'guardianNameRequired',
  'guardianCpfRequired',
  'guardianCpfSame',
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

/** A CPF when one is given (its digits); whether one must be is the object's rule, which knows who it is for. */
const cpfText = z.pipe(
  z.pipe(
    z.transform(asPosted),
    z.string().check(
      z.trim(),
      // Each says more than the one before it: the first that fails is the one shown.
      z.refine((value) => value === '' || cpfDigits(value).length === 11, 'cpfLength'),
      z.refine((value) => cpfDigits(value).length !== 11 || isValidCpf(value), 'cpfInvalid'),
    ),
  ),
  z.transform(cpfDigits),
);

/** A person's name: letters, spaces and punctuation; no markup, no line breaks, no invisible controls. Whether one must be given is the object's rule. */
const nameText = z.pipe(
  z.transform(asPosted),
  z.string().check(
    z.trim(),
    z.maxLength(NAME_MAX, 'nameTooLong'),
    z.refine((name) => !/[\p{Cc}\p{Cf}<>]/u.test(name), 'nameInvalid'),
  ),
);

/**
 * The details form's rules. An e-mail or a mobile is enough (`contact: 'required'`: at least one,
 * both allowed, each checked when given); at the counter (`'optional'`) neither is needed. A
 * WhatsApp or SMS message goes only with its tick (`whatsapp`, `sms`), and only with a phone.
 *
 * For someone else (`forWhom: 'other'`: a child, a person in one's care), the name and CPF are
 * the attendee's, who may have no CPF yet (a newborn: `noCpf`), and the responsible person's name
 * and CPF are asked too. Every rule that depends on another field is said at its field, with every
 * other message at once (`when`), not after the rest are fixed.
 */
export function detailsSchema(fields: FormField[], contact: 'required' | 'optional' = 'required') {
  const always = () => true;
  const other = (v: { forWhom?: unknown }) => v.forWhom === 'other';
  const withoutCpf = (v: { forWhom?: unknown; noCpf?: unknown }) => other(v) && v.noCpf === true;
  const schema = z
    .object({
      forWhom: z.pipe(
        z.transform(asPosted),
        z.string().check(z.refine((value) => ['', 'me', 'other'].includes(value), 'forWhomInvalid')),
      ),
      name: nameText,
      cpf: cpfText,
      noCpf: tick,
      guardianName: nameText,
      guardianCpf: cpfText,
      email: optionalEmail,
      phone: optionalPhone,
      whatsapp: tick,
      sms: tick,
      answers: z.object(Object.fromEntries(fields.map((f) => [f.key, answerSchema(f)]))),
    })
    .check(
      z.refine((v) => other(v) || filled(v.name), { path: ['name'], error: 'nameRequired', when: always }),
      z.refine((v) => !other(v) || filled(v.name), { path: ['name'], error: 'attendeeNameRequired', when: always }),
      z.refine((v) => other(v) || filled(v.cpf), { path: ['cpf'], error: 'cpfRequired', when: always }),
      z.refine((v) => !other(v) || filled(v.cpf) || withoutCpf(v), {
        path: ['cpf'],
        error: 'attendeeCpfRequired',
        when: always,
      }),
      z.refine((v) => !other(v) || filled(v.guardianName), {
        path: ['guardianName'],
        error: 'guardianNameRequired',
        when: always,
      }),
      z.refine((v) => !other(v) || filled(v.guardianCpf), {
        path: ['guardianCpf'],
        error: 'guardianCpfRequired',
        when: always,
      }),
      z.refine((v) => !other(v) || withoutCpf(v) || !filled(v.cpf) || cpfDigits(v.cpf) !== cpfDigits(v.guardianCpf), {
        path: ['guardianCpf'],
        error: 'guardianCpfSame',
        when: always,
      }),
    );
  const checked =
    contact === 'optional'
      ? schema
      : // One way to reach the person is enough; none is said once, at the e-mail (the first of the two),
        // with every other message.
        schema.check(
          z.refine((v) => filled(v.email) || filled(v.phone), {
            path: ['email'],
            error: 'contactRequired',
            when: always,
          }),
        );
  // What is kept says one thing: the responsible's fields only for someone else, a CPF only when there is one.
  return z.pipe(
    checked,
    z.transform(({ forWhom, noCpf, guardianName, guardianCpf, cpf, ...rest }) => {
      const forOther = forWhom === 'other';
      return {
        ...rest,
        forWhom: forOther ? ('other' as const) : ('me' as const),
        cpf: forOther && noCpf ? '' : cpf,
        noCpf: forOther && noCpf,
        guardianName: forOther ? guardianName : '',
        guardianCpf: forOther ? guardianCpf : '',
      };
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
  /** Who the appointment is for: "me" (or "", not yet said) or "other" (a child, a person in one's care). */
  forWhom: string;
  /** The attendee's name and CPF (the person booking, or the one they book for). */
  name: string;
  cpf: string;
  /** A tick: the attendee has no CPF yet (a newborn); only for someone else. */
  noCpf: string;
  /** The responsible person's name and CPF, for someone else. */
  guardianName: string;
  guardianCpf: string;
  email: string;
  phone: string;
  /** The ticks for WhatsApp and SMS messages: "true", or "" (an unticked box, as the browser's form library starts it). */
  whatsapp: string;
  sms: string;
  answers: Record<string, string>;
};

/** The fields every form asks, in page order. */
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

/** A form nobody has typed in yet. */
export const emptyDetails: DetailsInput = {
  forWhom: '',
  name: '',
  cpf: '',
  noCpf: '',
  guardianName: '',
  guardianCpf: '',
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
    forWhom: text('forWhom'),
    name: text('name'),
    cpf: text('cpf'),
    noCpf: ticked('noCpf'),
    guardianName: text('guardianName'),
    guardianCpf: text('guardianCpf'),
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
