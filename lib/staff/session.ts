import 'server-only';
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { mayAct, NOT_FOR_ROLE, type StaffRole } from '@/lib/env/roles';
import { clientKey } from '@/lib/http/client-key';
import { expiredCookie, privateCookie } from '@/lib/http/cookies';
import { returnHere } from '@/lib/http/return-here';
import { lazyLimiter, refund, take } from '@/lib/limits';
import { metrics } from '@/lib/ops/metrics';
import { fromStore, store } from '@/lib/store';
import { verifyPassword } from './password';
import { claimTurn, clearTurns } from './sign-in-turns';
import { readStaffToken, STAFF_AUDIENCE, STAFF_COOKIE } from './token';

/**
 * Staff sessions: a signed (HS256, SESSION_SECRET), HttpOnly, SameSite=Lax cookie that expires,
 * Secure outside development. Every staff page and action checks it on the server.
 */
const COOKIE = STAFF_COOKIE;
const AUDIENCE = STAFF_AUDIENCE;

export type StaffMember = { user: string; role: StaffRole };

/** What the sign-in action answers when it does not let the member in. */
export type SignInState = {
  user?: string;
  problem?: 'required' | 'refused' | 'limited' | 'unavailable';
  retryInMinutes?: number;
};

/**
 * The member behind this browser's session cookie. The cookie is signed and names a session the
 * store keeps: signing out drops it at once, so does an account removed from the configuration,
 * and a session left idle past STAFF_IDLE_MINUTES ends by itself (each visit gives it more time,
 * never past STAFF_SESSION_HOURS). With the store away nobody is signed in.
 */
export async function currentStaff(): Promise<StaffMember | undefined> {
  const token = (await cookies()).get(COOKIE())?.value;
  const read = token ? await readStaffToken(token) : undefined;
  if (!read) return undefined;
  const { user: sub, sid, expiresAt } = read;
  const account = env().staff.accounts.get(sub);
  if (!account) return undefined;
  const live = await fromStore(store().get<string>(sessionKey(sid)));
  if (!live.ok || live.value !== sub) return undefined;
  const idle = Math.min(env().staff.idleMs, expiresAt - Date.now());
  if (idle > 0) await fromStore(store().set(sessionKey(sid), sub, idle));
  return { user: sub, role: account.role };
}

const sessionKey = (sid: string) => `staff-session:${sid}`;

/**
 * For staff pages: the member, or off to sign in (coming back to this very address after). A
 * member whose role does not reach the page has had a 403 from the proxy already (pageRoles); a
 * page missing from that list still shows them why, on the page that says so.
 */
export async function requireStaff(needed: StaffRole = 'clerk'): Promise<StaffMember> {
  const staff = await currentStaff();
  if (!staff) {
    redirect(`/staff/sign-in?next=${encodeURIComponent(await returnHere())}`);
  }
  if (!mayAct(staff.role, needed)) redirect(NOT_FOR_ROLE);
  return staff;
}

export type SignInOutcome =
  | { kind: 'signed-in' }
  | { kind: 'refused' }
  | { kind: 'limited'; retryInMinutes: number }
  /** The session could not be kept (the store is away). */
  | { kind: 'unavailable' };

/** Sign-ins per client in 15 minutes, counted before the password is looked at. */
const CLIENT_ATTEMPTS = 20;
const perClient = lazyLimiter({ keyPrefix: 'staff-client', points: CLIENT_ATTEMPTS, duration: 15 * 60 });

/**
 * Checks the password (always doing the work, so a wrong name takes as long as a wrong
 * password). Every attempt is counted first: per client, up to a limit; per account, with a
 * turn whose wait doubles after a few failures, however many clients try it and however many
 * at once (sign-in-turns.ts).
 */
export async function signIn(user: string, password: string): Promise<SignInOutcome> {
  const client = await clientKey();
  const account = user.toLowerCase();
  const fromClient = await take(perClient(), client);
  if (!fromClient.ok) {
    metrics().limited.inc({ what: 'sign_in' });
    return { kind: 'limited', retryInMinutes: fromClient.retryInMinutes };
  }
  // The account's turn, claimed before the password is looked at: a burst waits as a patient attacker would.
  const turn = await fromStore(claimTurn(account));
  if (!turn.ok) return { kind: 'unavailable' };
  if (!turn.value.ok) {
    metrics().limited.inc({ what: 'sign_in' });
    return { kind: 'limited', retryInMinutes: Math.max(1, Math.ceil(turn.value.retryInSeconds / 60)) };
  }
  const { waitMs } = turn.value;
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));

  const hash = env().staff.accounts.get(user)?.hash;
  const valid = await verifyPassword(password, hash ?? DUMMY_HASH);
  if (!hash || !valid) return { kind: 'refused' };
  // A member who gets in gives the attempt back, and clears the account's wait.
  await Promise.all([refund(perClient(), client), clearTurns(account)]);
  const hours = env().staff.sessionHours;
  const sid = randomBytes(32).toString('base64url');
  const kept = await fromStore(store().set(sessionKey(sid), user, Math.min(env().staff.idleMs, hours * 3_600_000)));
  if (!kept.ok) return { kind: 'unavailable' };
  const token = await new SignJWT({ sid })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${Math.round(hours * 3600)}s`)
    .sign(env().sessionSecret);
  (await cookies()).set(COOKIE(), token, privateCookie(Math.round(hours * 3600)));
  return { kind: 'signed-in' };
}

/** Ends the session everywhere (the cookie alone would be refused from now on), and drops the cookie. */
export async function signOut(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(COOKIE())?.value;
  if (token) {
    const sid = (await readStaffToken(token))?.sid;
    if (sid) await fromStore(store().delete(sessionKey(sid)));
  }
  jar.set(COOKIE(), '', expiredCookie());
}

// Checked against when the user name is unknown, so that it costs the same time as a real check.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
