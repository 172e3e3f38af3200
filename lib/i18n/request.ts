import { cookies } from 'next/headers';
import { IntlErrorCode } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { BRASILIA } from '@/lib/format/time';
import { cookieName } from '@/lib/http/cookies';
import { defaultLocale, isLocale, localeCookie } from './config';
import { missingMessage } from './missing';

export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(cookieName(localeCookie))?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  const messages =
    locale === 'en' ? (await import('./messages/en.json')).default : (await import('./messages/pt-BR.json')).default;
  return {
    locale,
    messages,
    timeZone: BRASILIA,
    // A missing message is marked on the page, where the tests find it; other errors are logged.
    getMessageFallback: missingMessage,
    onError: (error) => {
      if (error.code !== IntlErrorCode.MISSING_MESSAGE) console.error(error);
    },
  };
});
