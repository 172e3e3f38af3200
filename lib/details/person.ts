import { responsibleOf } from '@/lib/answers/dependant';
import type { Answer, Client } from '@/lib/tatodesk/types';
import type { DetailsInput, DetailsValues } from './schema';

/**
 * Booking for someone else (a child, a person in one's care): the attendee is Tatodesk's client,
 * their name, and their CPF when they have one; a newborn without one is booked under the
 * responsible person's. What is kept as answers is in lib/answers/dependant.ts.
 */
type Person = Pick<DetailsValues, 'forWhom' | 'name' | 'cpf' | 'noCpf' | 'guardianName' | 'guardianCpf'>;

/** Tatodesk's client for these details: the attendee, under the responsible's CPF when they have none. */
export const clientOf = (details: Person & Pick<DetailsValues, 'email' | 'phone'>): Client => ({
  name: details.name,
  cpf: details.cpf || details.guardianCpf,
  email: details.email,
  phone: details.phone,
});

/** The details form as it was filled for an appointment (to choose another time for it). */
export function personDetails(appointment: {
  client: Client;
  answers: readonly Answer[];
}): Pick<DetailsInput, 'forWhom' | 'name' | 'cpf' | 'noCpf' | 'guardianName' | 'guardianCpf' | 'email' | 'phone'> {
  const { client } = appointment;
  const responsible = responsibleOf(appointment.answers);
  const withoutCpf = responsible?.attendeeWithoutCpf ?? false;
  return {
    forWhom: responsible ? 'other' : 'me',
    name: client.name,
    cpf: withoutCpf ? '' : client.cpf,
    noCpf: withoutCpf ? 'true' : '',
    guardianName: responsible?.name ?? '',
    guardianCpf: responsible?.cpf ?? '',
    email: client.email,
    phone: client.phone,
  };
}

/**
 * Who the booking limits count. The one-appointment limit counts the attendee (the CPF, or for a
 * newborn the responsible's CPF and the name together); the creates per person count whoever
 * books, the responsible when it is for someone else.
 */
export const attendeeIdentity = (details: Person) =>
  details.cpf ||
  `${details.guardianCpf}:${details.name.normalize('NFKC').toLocaleLowerCase('pt-BR').replace(/\s+/g, ' ')}`;
export const bookerCpf = (details: Person) => (details.forWhom === 'other' ? details.guardianCpf : details.cpf);
