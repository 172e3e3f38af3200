import { jwtVerify } from 'jose';
import { env } from '@/lib/env';
import { cookieName } from '@/lib/http/cookies';

/** The staff session's cookie and the audience its token is signed for (lib/staff/session.ts). */
export const STAFF_COOKIE = () => cookieName('staff_session');
export const STAFF_AUDIENCE = 'staff';

/**
 * What a session cookie's token says, once its signature and expiry are checked: the member and
 * the session it names. Whether that session still lives is the store's to say (session.ts).
 */
export async function readStaffToken(
  token: string,
): Promise<{ user: string; sid: string; expiresAt: number } | undefined> {
  try {
    const { payload } = await jwtVerify(token, env().sessionSecret, { audience: STAFF_AUDIENCE });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || !payload.exp) return undefined;
    return { user: payload.sub, sid: payload.sid, expiresAt: payload.exp * 1000 };
  } catch {
    return undefined;
  }
}
