/** Options for every cookie the app sets: never readable by scripts, sent on same-site navigation, Secure in production. */
export const privateCookie = (maxAgeSeconds: number, path = '/') => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: process.env.NODE_ENV === 'production',
  path,
  maxAge: maxAgeSeconds,
});
