import 'server-only';
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { store } from '@/lib/store';
import type { DetailsInput } from './details-schema';
import { DRAFT_COOKIE, DRAFT_TTL_MS, draftCookie, validDraftId } from './draft-cookie';

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
};

const TTL_MS = DRAFT_TTL_MS;
const storeKey = (id: string) => `draft:${id}`;

export async function readDraft(): Promise<Draft | undefined> {
  const id = (await cookies()).get(DRAFT_COOKIE)?.value;
  return validDraftId(id) ? store().get<Draft>(storeKey(id)) : undefined;
}

/** Server actions only: sets the cookie when it is not there yet. A new key for every save, so a changed booking is a new booking. */
export async function saveDraft(details: DetailsInput, serviceTypeId: number, checked: boolean): Promise<Draft> {
  const jar = await cookies();
  const current = jar.get(DRAFT_COOKIE)?.value;
  const cookie = draftCookie(current);
  const draft: Draft = { details, serviceTypeId, key: randomUUID(), checked };
  await store().set(storeKey(cookie.value), draft, TTL_MS);
  if (cookie.value !== current) jar.set(cookie);
  return draft;
}

export async function clearDraft(): Promise<void> {
  const jar = await cookies();
  const id = jar.get(DRAFT_COOKIE)?.value;
  if (id) await store().delete(storeKey(id));
  jar.delete({ name: DRAFT_COOKIE, path: '/book' });
}
