/** What the service worker decides, apart from the worker itself (tests/unit/offline.test.ts). */
import { pageProtocol, receiptProtocol, SAVE_MARK } from './names';

/** The kept copy's key is the path alone: `?requested=cancel` is the same appointment. */
export const keyOf = (url: string) => {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
};

/**
 * Only what the server marked as this appointment's page (never a redirect to the lookup, a
 * failure page or anything else), or its receipt as a PDF, is kept.
 */
export async function keepable(url: string, response: Response): Promise<boolean> {
  if (!response.ok || response.redirected) return false;
  const { pathname } = new URL(url);
  const type = response.headers.get('content-type') ?? '';
  if (receiptProtocol(pathname)) return type.startsWith('application/pdf');
  const protocol = pageProtocol(pathname);
  if (!protocol || !type.startsWith('text/html')) return false;
  return (await response.clone().text()).includes(`${SAVE_MARK}="${protocol}"`);
}

/** The scripts and styles a kept page loads, so that it looks and works the same offline. */
export const assetsOf = (html: string) => [
  ...new Set(Array.from(html.matchAll(/(?:src|href)="(\/_next\/static\/[^"?#]+)"/g), (m) => m[1] as string)),
];
