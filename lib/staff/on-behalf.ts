import 'server-only';
import { cookies } from 'next/headers';
import { cookieName, expiredCookie, privateCookie } from '@/lib/http/cookies';
import { currentStaff, type StaffMember } from './session';

/**
 * A staff member booking for someone on the phone or at the counter: the citizen's own journey
 * (same pages, same rules), marked as theirs in the booking's answers and spared the limits that
 * hold one citizen. On while this cookie says so and the staff session lasts.
 */
const COOKIE = () => cookieName('staff_on_behalf');
const TTL_SECONDS = 8 * 3600;

export async function startOnBehalf(): Promise<void> {
  (await cookies()).set(COOKIE(), '1', privateCookie(TTL_SECONDS));
}

export async function stopOnBehalf(): Promise<void> {
  (await cookies()).set(COOKIE(), '', expiredCookie());
}

/** The staff member booking for a caller in this browser, if any. */
export async function onBehalf(): Promise<StaffMember | undefined> {
  if ((await cookies()).get(COOKIE())?.value !== '1') return undefined;
  return currentStaff();
}
