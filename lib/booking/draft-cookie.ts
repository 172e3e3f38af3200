import { randomBytes } from 'node:crypto';
import { cookieName, privateCookie } from '@/lib/http/cookies';

export const draftCookieName = () => cookieName('booking_draft');
export const DRAFT_TTL_MS = 2 * 60 * 60 * 1000;

export const validDraftId = (id: string | undefined): id is string => id !== undefined && /^[\w-]{43}$/.test(id);

export const newDraftId = () => randomBytes(32).toString('base64url');

/**
 * The draft's cookie, handed out with the details page itself (proxy.ts) when the browser has
 * none: an action that then keeps what was typed sets no cookie, so with JavaScript its answer is
 * just its state and the page is not drawn again (which, with the upstream down, would replace
 * the form by the failure page).
 */
export const draftCookie = (id = newDraftId()) => ({
  name: draftCookieName(),
  value: id,
  ...privateCookie(DRAFT_TTL_MS / 1000),
});
