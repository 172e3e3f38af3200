import 'server-only';
import { cookies } from 'next/headers';
import { cookieName } from '@/lib/http/cookies';

export const contrastCookie = 'contrast';

/** Whether this visitor chose high contrast (kept in a cookie, so it holds on every page, without JavaScript too). */
export async function highContrast(): Promise<boolean> {
  return (await cookies()).get(cookieName(contrastCookie))?.value === 'high';
}
