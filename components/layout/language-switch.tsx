import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { safeReturnPath } from '@/lib/http/safe-return';
import { ReturnTo } from './return-to';

/**
 * A form, not a link: it works without JavaScript and sets the choice for the whole visit. It comes
 * back to the page on screen; typed details survive it through the details form's own memory.
 */
export async function LanguageSwitch({ action }: { action: (form: FormData) => Promise<void> }) {
  const [locale, t, requestHeaders] = await Promise.all([getLocale(), getTranslations('layout'), headers()]);
  const other = locale === 'en' ? 'pt-BR' : 'en';
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={other} />
      <Suspense
        fallback={<input type="hidden" name="returnTo" value={safeReturnPath(requestHeaders.get('x-return-to'))} />}
      >
        <ReturnTo />
      </Suspense>
      <button type="submit" lang={other} aria-label={t('switchToLabel')} className="link-button">
        {t('switchTo')}
      </button>
    </form>
  );
}
