'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { formArgument } from '@/lib/action-arguments';
import { cookieName, privateCookie } from '@/lib/cookies';
import { isLocale, localeCookie } from '@/lib/i18n/config';
import { safeReturnPath } from '@/lib/safe-return';

const ONE_YEAR = 60 * 60 * 24 * 365;

export async function setLocale(posted: FormData) {
  const formData = formArgument(posted);
  const locale = formData.get('locale');
  if (isLocale(locale)) {
    (await cookies()).set(cookieName(localeCookie), locale, privateCookie(ONE_YEAR));
  }
  redirect(safeReturnPath(formData.get('returnTo')));
}
