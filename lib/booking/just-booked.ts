import 'server-only';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { cookieName, privateCookie } from '@/lib/http/cookies';
import { store } from '@/lib/store';
import type { Journey } from './journey';

/**
 * What this browser has just booked, so that Back from the confirmation lands on "you have booked
 * this, here is the confirmation" rather than on "this time is no longer free" (it is: theirs)
 * or an empty form that invites a second booking.
 */
const COOKIE = () => cookieName('booking_done');
const TTL_MS = 2 * 60 * 60 * 1000;
const booked = z.object({
  ref: z.uuid(),
  unit: z.number(),
  serviceType: z.number(),
  date: z.string(),
  time: z.string(),
});
type Booked = z.infer<typeof booked>;

/** Server actions only: sets the cookie. */
export async function rememberBooking(
  ref: string,
  journey: Required<Pick<Journey, 'unit' | 'serviceType' | 'date' | 'time'>>,
) {
  const record: Booked = {
    ref,
    unit: journey.unit,
    serviceType: journey.serviceType,
    date: journey.date,
    time: journey.time,
  };
  await store().set(`booked:${ref}`, record, TTL_MS);
  (await cookies()).set(COOKIE(), ref, privateCookie(TTL_MS / 1000));
}

/**
 * The confirmation's ref when the journey is the one just booked: the same place, service and day,
 * and the same time when the journey has one.
 */
export async function justBooked(journey: Journey): Promise<string | undefined> {
  const ref = z.uuid().safeParse((await cookies()).get(COOKIE())?.value);
  if (!ref.success) return undefined;
  // Only a courtesy: with the store away, the page simply does not know it was just booked.
  const stored = await store()
    .get(`booked:${ref.data}`)
    .catch(() => undefined);
  const record = booked.safeParse(stored);
  if (!record.success) return undefined;
  const b = record.data;
  const same =
    b.unit === journey.unit &&
    b.serviceType === journey.serviceType &&
    b.date === journey.date &&
    (!journey.time || b.time === journey.time);
  return same ? b.ref : undefined;
}
