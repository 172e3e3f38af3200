import { env } from '@/lib/env';

/** Options for every cookie the app sets: never readable by scripts, sent on same-site navigation, Secure in production. */
export const privateCookie = (maxAgeSeconds: number, path = '/') => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: env().nodeEnv === 'production',
  path,
  maxAge: maxAgeSeconds,
});
