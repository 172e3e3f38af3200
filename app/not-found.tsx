import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { isInvalidLinkPath } from '@/lib/booking/steps';
import { pageTitle } from '@/lib/i18n/page-title';

export default async function NotFound() {
  // An unknown or expired custom link lands here (see app/l/[token]/page.tsx): it says so.
  if (isInvalidLinkPath((await headers()).get('x-return-to') ?? '')) {
    const link = await getTranslations('link');
    return (
      <>
        <title>{await pageTitle(link('invalidTitle'))}</title>
        <h1 className="heading-l">{link('invalidTitle')}</h1>
        <p className="body-l mb-6">{link('invalidBody')}</p>
        <a href="/" className="button">
          {link('start')}
        </a>
      </>
    );
  }
  const t = await getTranslations('notFound');
  const home = await getTranslations('upstream');
  return (
    <>
      <title>{await pageTitle(t('title'))}</title>
      <h1 className="heading-xl">{t('title')}</h1>
      <p className="body-l">{t('body')}</p>
      <p className="mt-6">
        <a href="/">{home('home')}</a>
      </p>
    </>
  );
}
