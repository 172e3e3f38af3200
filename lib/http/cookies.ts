import { env } from '@/lib/env';

const secure = () => env().nodeEnv === 'production';

/**
 * A cookie's name. Where cookies are Secure (production), with the `__Host-` prefix: the browser
 * then keeps it only if it is Secure, for this host alone and the whole site, so no subdomain and
 * no plain-HTTP page can plant or shadow it.
 */
export const cookieName = (base: string) => (secure() ? `__Host-${base}` : base);

/** Options for every cookie the app sets: never readable by scripts, sent on same-site navigation, Secure in production. */
export const privateCookie = (maxAgeSeconds: number) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: secure(),
  path: '/',
  maxAge: maxAgeSeconds,
});

/** Options that make a browser drop a cookie set with `privateCookie` (a `__Host-` one needs them all). */
export const expiredCookie = () => ({ ...privateCookie(0), expires: new Date(0) });
