import { z } from 'zod/mini';
import { cpfDigits, isValidCpf } from '@/lib/br/cpf';
import { isMobilePhone, phoneDigits } from '@/lib/br/phone';
import type { FormField } from '@/lib/tatodesk/types';
import { answerSchema, asPosted, emailShape } from './answers';

export { toErrorCode, type ErrorCode } from './answers';
export { baseFields, emptyDetails, errorsByField, readDetails, type DetailsInput } from './input';

/**
 * One schema for the details form, in the browser (react-hook-form) and in the server action.
 * Messages are codes; the form turns them into words with the field's label and limits. Written
 * with `zod/mini`, whose checks the bundler keeps only when used: the browser gets a few kB of
 * it instead of the whole library.
 */
export const NAME_MAX = 120;

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
