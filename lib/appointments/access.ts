import 'server-only';
import { jwtVerify, SignJWT } from 'jose';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { cookieName, expiredCookie, privateCookie } from '@/lib/http/cookies';
import { isProtocol } from '@/lib/protocol';

/**
 * Which appointments this browser has proven it may see (protocol plus second factor, or having
 * just booked it): a signed, HttpOnly cookie, so that no server state is needed and any instance
 * can check it.
 */
const COOKIE = () => cookieName('appointment_access');
/** How long this browser may see an appointment it booked or looked up. */
export const ACCESS_TTL_SECONDS = 2 * 60 * 60;
const TTL_SECONDS = ACCESS_TTL_SECONDS;
const MAX_PROTOCOLS = 10;

async function read(): Promise<string[]> {
  const token = (await cookies()).get(COOKIE())?.value;
  if (!token) return [];
  try {
    const { payload } = await jwtVerify(token, env().sessionSecret, { audience: 'appointment-access' });
    return Array.isArray(payload.protocols) ? payload.protocols.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/** The appointments this browser may see now, the last seen first. */
export const accessibleProtocols = (): Promise<string[]> => read();

/** Whether this browser may see the appointment (a malformed protocol never). */
export async function hasAccess(protocol: string): Promise<boolean> {
  return isProtocol(protocol) && (await read()).includes(protocol);
}

/** Server actions only: this browser may no longer see the appointment (until it proves it again). */
export async function revokeAccess(protocol: string): Promise<void> {
  await writeAccess((await read()).filter((p) => p !== protocol));
}

/**
 * Server actions and route handlers only: sets the cookie. `only`: this appointment and no other
 * (a lookup: on a shared phone, the next person who looks one up no longer sees the one before,
 * and the copy kept offline of it is deleted, lib/offline).
 */
export async function grantAccess(protocol: string, { only = false } = {}): Promise<void> {
  const others = only ? [] : (await read()).filter((p) => p !== protocol);
  await writeAccess([protocol, ...others].slice(0, MAX_PROTOCOLS));
}

/** Server actions only: "leave", this browser sees no appointment until it proves one again. */
export async function revokeAllAccess(): Promise<void> {
  (await cookies()).set(COOKIE(), '', expiredCookie());
}

async function writeAccess(protocols: string[]): Promise<void> {
  const token = await new SignJWT({ protocols })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience('appointment-access')
    .setIssuedAt()
    .setExpirationTime(`${TTL_SECONDS}s`)
    .sign(env().sessionSecret);
  (await cookies()).set(COOKIE(), token, privateCookie(TTL_SECONDS));
}
