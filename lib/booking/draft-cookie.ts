import { randomBytes } from 'node:crypto';
import { privateCookie } from '@/lib/cookies';

export const DRAFT_COOKIE = 'booking_draft';
export const DRAFT_TTL_MS = 2 * 60 * 60 * 1000;

export const validDraftId = (id: string | undefined): id is string => id !== undefined && /^[\w-]{43}$/.test(id);

/**
 * The draft's cookie, handed out with the details page itself (proxy.ts): an action that then
 * saves the details sets no cookie, so with JavaScript its answer is just its state and the page
 * is not drawn again (which, with the upstream down, would replace the form by the failure page).
 */
export function draftCookie(current: string | undefined) {
  const id = validDraftId(current) ? current : randomBytes(32).toString('base64url');
  return { name: DRAFT_COOKIE, value: id, ...privateCookie(DRAFT_TTL_MS / 1000, '/book') };
}
