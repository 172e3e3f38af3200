'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { formArgument } from '@/lib/http/action-arguments';
import { contrastCookie } from '@/lib/http/contrast';
import { cookieName, expiredCookie, privateCookie } from '@/lib/http/cookies';
import { returnHere } from '@/lib/http/return-here';
import { isLocale, localeCookie } from '@/lib/i18n/config';

const ONE_YEAR = 60 * 60 * 24 * 365;

export async function setLocale(posted: FormData) {
  const formData = formArgument(posted);
  const locale = formData.get('locale');
  if (isLocale(locale)) {
    (await cookies()).set(cookieName(localeCookie), locale, privateCookie(ONE_YEAR));
  }
  redirect(await returnHere());
}

/** High contrast on or off, for the whole visit and the next ones (a cookie the layout reads). */
export async function setContrast(posted: FormData) {
  const formData = formArgument(posted);
  const store = await cookies();
  if (formData.get('contrast') === 'high') store.set(cookieName(contrastCookie), 'high', privateCookie(ONE_YEAR));
  // Expired in place: a __Host- cookie is only replaced by one with the same attributes.
  else store.set(cookieName(contrastCookie), '', expiredCookie());
  redirect(await returnHere());
}
