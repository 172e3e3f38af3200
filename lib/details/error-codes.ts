// The codes every message of the details form is given as: no schema library here, so that the
// browser can read them before it loads the checks (components/booking/details-form.tsx).

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
