/**
 * A same-site path to come back to; anything else falls back to home: another host, a scheme, a
 * backslash, or a control character (a browser drops a tab or a line break, so "/\t/evil.example"
 * would become "//evil.example"). What is not ASCII is percent-encoded, so it always makes a valid
 * Location header.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || /[\p{Cc}\p{Cf}\p{Cs}\\]/u.test(value)) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  return value.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c)).slice(0, 2000);
}
