import { cpfDigits } from '@/lib/br/cpf';
import type { Answer, Client } from '@/lib/tatodesk/types';

/**
 * Booking for someone else (a child, a person in one's care). The attendee is Tatodesk's client:
 * their name, and their CPF when they have one; a newborn without a CPF is booked under the
 * responsible person's (Tatodesk takes no client without one). Who is responsible, and that the
 * attendee has no CPF, are kept with the appointment as answers, so that the appointment is found
 * with either CPF, the counter knows whom to expect, and "choose another time" starts from them.
 */
const KEYS = {
  forWhom: 'bookedFor',
  guardianName: 'guardianName',
  guardianCpf: 'guardianCpf',
  noCpf: 'attendeeWithoutCpf',
} as const;

/** Who is responsible, as the details form gives it (the attendee is the form's own name and CPF). */
export type Responsibility = { forWhom: string; guardianName: string; guardianCpf: string; noCpf: boolean };

/** The answers that say who is responsible (none when the appointment is for the person booking). */
export const dependantAnswers = (details: Responsibility): Answer[] =>
  details.forWhom === 'other'
    ? [
        { key: KEYS.forWhom, value: 'other' },
        { key: KEYS.guardianName, value: details.guardianName },
        { key: KEYS.guardianCpf, value: details.guardianCpf },
        ...(details.noCpf ? [{ key: KEYS.noCpf, value: 'true' }] : []),
      ]
    : [];

export type Responsible = { name: string; cpf: string; attendeeWithoutCpf: boolean };

/** Who is responsible for an appointment's attendee, as its answers say; none for one's own. */
export function responsibleOf(answers: readonly Answer[]): Responsible | undefined {
  const value = (key: string) => answers.find((a) => a.key === key)?.value ?? '';
  if (value(KEYS.forWhom) !== 'other') return undefined;
  return {
    name: value(KEYS.guardianName),
    cpf: cpfDigits(value(KEYS.guardianCpf)),
    attendeeWithoutCpf: value(KEYS.noCpf) === 'true',
  };
}

/** Who a visit is for when it is not the person who booked: the attendee, and who is responsible. */
export type Visit = { attendee: string; responsible: Responsible };

/** An appointment's visit for someone else, as its client and answers say; none for one's own. */
export function visitOf(appointment: { client: Pick<Client, 'name'>; answers: readonly Answer[] }): Visit | undefined {
  const responsible = responsibleOf(appointment.answers);
  return responsible ? { attendee: appointment.client.name, responsible } : undefined;
}

/** The answers that are the product's record of who is responsible, not the service's questions. */
export const isDependantAnswer = (key: string) => (Object.values(KEYS) as string[]).includes(key);

/** The CPFs an appointment can be found with: its client's, and its responsible person's. */
export function cpfsOf(appointment: { client: Pick<Client, 'cpf'>; answers: readonly Answer[] }): string[] {
  const responsible = responsibleOf(appointment.answers);
  return [cpfDigits(appointment.client.cpf), ...(responsible?.cpf ? [responsible.cpf] : [])];
}
