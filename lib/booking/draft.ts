import 'server-only';
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import type { DetailsInput } from '@/lib/details/schema';
import { expiredCookie } from '@/lib/http/cookies';
import { store } from '@/lib/store';
import { DRAFT_TTL_MS, draftCookie, draftCookieName, newDraftId, validDraftId } from './draft-cookie';

/**
 * The citizen's details between the details page and the confirmation: kept on the server (never
 * in the URL), behind an unguessable id in an HttpOnly cookie, and gone after two hours.
 */
export type Draft = {
  details: DetailsInput;
  /** The idempotency key the check page's confirm carries: one booking per key, whatever the clicks. */
  key: string;
  serviceTypeId: number;
  /**
   * False while the details are as typed and not yet checked (kept before anything upstream is
   * read, so that a failure there loses nothing): only checked details reach the check page.
   */
  checked: boolean;
  /**
   * The appointment this booking takes the place of ("choose another time"): once the new one is
   * booked, and only then, its release is requested.
   */
  replaces?: string;
};

const TTL_MS = DRAFT_TTL_MS;
const storeKey = (id: string) => `draft:${id}`;

export async function readDraft(): Promise<Draft | undefined> {
  const id = (await cookies()).get(draftCookieName())?.value;
  return validDraftId(id) ? store().get<Draft>(storeKey(id)) : undefined;
}

/**
 * Server actions only. A new key for every save, so a changed booking is a new booking. Details
 * as typed (not yet checked) are kept under the browser's current id, setting no cookie; checked
 * details always go under a new id, and the old one is emptied: an id someone planted in a
 * browser (a `__Host-` cookie makes that hard already) never holds details that reach the check page.
 */
export async function saveDraft(
  details: DetailsInput,
  serviceTypeId: number,
  checked: boolean,
  replaces?: string,
): Promise<Draft> {
  const jar = await cookies();
  const current = jar.get(draftCookieName())?.value;
  const keep = !checked && validDraftId(current);
  const id = keep ? current! : newDraftId();
  // A new time being chosen stays one through every save of the details.
  const replacing =
    replaces ?? (validDraftId(current) ? (await store().get<Draft>(storeKey(current)))?.replaces : undefined);
  const draft: Draft = { details, serviceTypeId, key: randomUUID(), checked, replaces: replacing };
  await store().set(storeKey(id), draft, TTL_MS);
  if (!keep) {
    jar.set(draftCookie(id));
    if (validDraftId(current)) await store().delete(storeKey(current));
  }
  return draft;
}

export async function clearDraft(): Promise<void> {
  const jar = await cookies();
  const id = jar.get(draftCookieName())?.value;
  if (id) await store().delete(storeKey(id));
  jar.set(draftCookieName(), '', expiredCookie());
}
