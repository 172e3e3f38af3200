import 'server-only';
import { jwtVerify, SignJWT } from 'jose';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { clientKey } from '@/lib/client-key';
import { privateCookie } from '@/lib/cookies';
import { env } from '@/lib/env';
import { safeReturnPath } from '@/lib/safe-return';
import { rateLimiter } from '@/lib/store';
import { verifyPassword } from './password';

/**
 * Staff sessions: a signed (HS256, SESSION_SECRET), HttpOnly, SameSite=Lax cookie that expires,
 * Secure outside development. Every staff page and action checks it on the server.
 */
const COOKIE = 'staff_session';
const AUDIENCE = 'staff';

export type StaffMember = { user: string };

/** What the sign-in action answers when it does not let the member in. */
export type SignInState = { user?: string; problem?: 'required' | 'refused' | 'limited'; retryInMinutes?: number };

export async function currentStaff(): Promise<StaffMember | undefined> {
  const token = (await cookies()).get(COOKIE)?.value;
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, env().sessionSecret, { audience: AUDIENCE });
    // An account removed from the configuration loses its sessions at once.
    return typeof payload.sub === 'string' && env().staff.accounts.has(payload.sub) ? { user: payload.sub } : undefined;
  } catch {
    return undefined;
  }
}

/** For staff pages: the member, or off to sign in (coming back to this very address after). */
export async function requireStaff(): Promise<StaffMember> {
  const staff = await currentStaff();
  if (!staff) {
    const here = safeReturnPath((await headers()).get('x-return-to'));
    redirect(`/staff/sign-in?next=${encodeURIComponent(here)}`);
  }
  return staff;
}

const ACCOUNT_FAILURES = 5;
const CLIENT_FAILURES = 20;
let limiters: { perAccount: RateLimiterAbstract; perClient: RateLimiterAbstract } | undefined;
const limits = () =>
  (limiters ??= {
    perAccount: rateLimiter({ keyPrefix: 'staff-account', points: ACCOUNT_FAILURES, duration: 15 * 60 }),
    perClient: rateLimiter({ keyPrefix: 'staff-client', points: CLIENT_FAILURES, duration: 15 * 60 }),
  });

export type SignInOutcome = { kind: 'signed-in' } | { kind: 'refused' } | { kind: 'limited'; retryInMinutes: number };

/** Checks the password (always doing the work, so a wrong name takes as long as a wrong password). */
export async function signIn(user: string, password: string): Promise<SignInOutcome> {
  const client = await clientKey();
  const { perAccount, perClient } = limits();
  const [account, from] = await Promise.all([perAccount.get(user.toLowerCase()), perClient.get(client)]);
  const blocked = [account, from].find(
    (state, i) => state && state.consumedPoints >= (i === 0 ? ACCOUNT_FAILURES : CLIENT_FAILURES),
  );
  if (blocked) return { kind: 'limited', retryInMinutes: Math.max(1, Math.ceil(blocked.msBeforeNext / 60_000)) };

  const hash = env().staff.accounts.get(user);
  const valid = await verifyPassword(password, hash ?? DUMMY_HASH);
  if (!hash || !valid) {
    await Promise.all([perAccount.penalty(user.toLowerCase(), 1), perClient.penalty(client, 1)]);
    return { kind: 'refused' };
  }
  await perAccount.delete(user.toLowerCase());
  const hours = env().staff.sessionHours;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${Math.round(hours * 3600)}s`)
    .sign(env().sessionSecret);
  (await cookies()).set(COOKIE, token, privateCookie(Math.round(hours * 3600)));
  return { kind: 'signed-in' };
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(COOKIE);
}

// Checked against when the user name is unknown, so that it costs the same time as a real check.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
