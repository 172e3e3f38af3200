import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '@/app/actions';
import { safeReturnPath } from '@/lib/safe-return';

/** A form, not a link: it works without JavaScript and sets the choice for the whole visit. */
export async function LanguageSwitch() {
  const [locale, t, requestHeaders] = await Promise.all([getLocale(), getTranslations('layout'), headers()]);
  const other = locale === 'en' ? 'pt-BR' : 'en';
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="returnTo" value={safeReturnPath(requestHeaders.get('x-return-to'))} />
      <button type="submit" lang={other} aria-label={t('switchToLabel')} className="link-button">
        {t('switchTo')}
      </button>
    </form>
  );
}
