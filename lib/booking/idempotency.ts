import 'server-only';
import type { Consent } from '@/lib/answers/consent';
import type { Visit } from '@/lib/answers/dependant';
import { oncePerKey, type OnceEntry } from '@/lib/store/once';
import type { Appointment } from '@/lib/tatodesk';

/**
 * One booking per key (the check page's, carried by its form) across double clicks, retries,
 * reloads and instances: the store's once-per-key core (lib/store/once.ts), whose lost answers
 * are looked for in the unit's day (reconcile.ts).
 */

/** What the create asked for: enough to find the booking at the upstream when its answer is lost. */
export type Sought = {
  companyId: number;
  unitId: number;
  serviceTypeId: number;
  date: string;
  time: string;
  cpf: string;
};

/**
 * What the confirmation shows, known when the booking was made (what the citizen chose and the
 * create's answer): the confirmation page needs no read of its own.
 */
export type Receipt = Pick<Appointment, 'protocol' | 'company' | 'unit' | 'serviceType' | 'date'> & {
  time: string;
  email: string;
  phone: string;
  /** The appointment this one took the place of, whose release was then requested. */
  replaces?: string;
  /** The phone channels the person ticked. */
  consent: Consent;
  /** Said to have the right to priority service. */
  priority: boolean;
  /** Booked for someone else: who the visit is for, who is responsible (a newborn: the certificate to bring). */
  visit?: Visit;
};

/** Why a claimed key was let go without a create: a gate refused it (its twins get the same answer). */
export type Refusal =
  | { kind: 'slowed'; retryInMinutes: number }
  | { kind: 'already-booked'; protocol: string }
  | { kind: 'prove'; waitSeconds: number };

/** How long a key keeps what it booked (the receipt: the protocol, the place, the e-mail and phone). */
export const DONE_MS = 24 * 60 * 60 * 1000;

/**
 * How long a create whose answer was lost may still land upstream: until then, not finding the
 * booking does not yet mean it was not made.
 */
const LANDING_MS = 4000;

/** What a booking key holds, as the store keeps it. */
export type BookingEntry = OnceEntry<Sought, Receipt, Refusal>;

export const bookingKeys = oncePerKey<Sought, Receipt, Refusal>('booking', { doneMs: DONE_MS, landingMs: LANDING_MS });

/** What was booked under this key, once there is a booking. */
export async function bookedUnder(key: string): Promise<Receipt | undefined> {
  const entry = await bookingKeys.read(key);
  return entry?.state === 'done' ? entry.done : undefined;
}
