import 'server-only';
import { randomBytes, randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { privateCookie } from '@/lib/cookies';
import { store } from '@/lib/store';
import type { DetailsInput } from './details-schema';

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

const COOKIE = 'booking_draft';
const TTL_MS = 2 * 60 * 60 * 1000;
const storeKey = (id: string) => `draft:${id}`;

export async function readDraft(): Promise<Draft | undefined> {
  const id = (await cookies()).get(COOKIE)?.value;
  return id && /^[\w-]{43}$/.test(id) ? store().get<Draft>(storeKey(id)) : undefined;
}

/** Server actions only: sets the cookie. A new key for every save, so a changed booking is a new booking. */
export async function saveDraft(details: DetailsInput, serviceTypeId: number, checked: boolean): Promise<Draft> {
  const jar = await cookies();
  const current = jar.get(COOKIE)?.value;
  const id = current && /^[\w-]{43}$/.test(current) ? current : randomBytes(32).toString('base64url');
  const draft: Draft = { details, serviceTypeId, key: randomUUID(), checked };
  await store().set(storeKey(id), draft, TTL_MS);
  jar.set(COOKIE, id, privateCookie(TTL_MS / 1000, '/book'));
  return draft;
}

export async function clearDraft(): Promise<void> {
  const jar = await cookies();
  const id = jar.get(COOKIE)?.value;
  if (id) await store().delete(storeKey(id));
  jar.delete({ name: COOKIE, path: '/book' });
}
