import 'server-only';
import { jwtVerify, SignJWT } from 'jose';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientKey } from '@/lib/client-key';
import { privateCookie } from '@/lib/cookies';
import { env } from '@/lib/env';
import { lazyLimiter, refund, take } from '@/lib/limits';
import { safeReturnPath } from '@/lib/safe-return';
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

/** Sign-ins per client in 15 minutes, counted before the password is looked at. */
const CLIENT_ATTEMPTS = 20;
/** Failures on one account that cost nothing; each one after doubles the wait before the next check. */
const FREE_FAILURES = 3;
const MAX_DELAY_MS = 8000;
const perClient = lazyLimiter({ keyPrefix: 'staff-client', points: CLIENT_ATTEMPTS, duration: 15 * 60 });
// Never a hard lock (anyone could lock a colleague out by typing their name): a growing wait.
const perAccount = lazyLimiter({ keyPrefix: 'staff-account', points: 1_000_000, duration: 15 * 60 });

export type SignInOutcome = { kind: 'signed-in' } | { kind: 'refused' } | { kind: 'limited'; retryInMinutes: number };

/**
 * Checks the password (always doing the work, so a wrong name takes as long as a wrong
 * password). Every attempt is counted first: per client, up to a limit; per account, with a
 * wait that doubles after a few failures, however many clients try it.
 */
export async function signIn(user: string, password: string): Promise<SignInOutcome> {
  const client = await clientKey();
  const account = user.toLowerCase();
  const fromClient = await take(perClient(), client);
  if (!fromClient.ok) return { kind: 'limited', retryInMinutes: fromClient.retryInMinutes };
  const onAccount = await take(perAccount(), account);
  const failuresBefore = onAccount.ok ? onAccount.consumed - 1 : FREE_FAILURES;
  if (failuresBefore >= FREE_FAILURES) {
    const delay = Math.min(MAX_DELAY_MS, 500 * 2 ** (failuresBefore - FREE_FAILURES));
    await new Promise((resolve) => setTimeout(resolve, delay));
  }

  const hash = env().staff.accounts.get(user);
  const valid = await verifyPassword(password, hash ?? DUMMY_HASH);
  if (!hash || !valid) return { kind: 'refused' };
  // A member who gets in gives the attempt back, and clears the account's wait.
  await Promise.all([refund(perClient(), client), perAccount().delete(account)]);
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
