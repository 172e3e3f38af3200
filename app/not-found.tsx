import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/page-title';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  const home = await getTranslations('upstream');
  return (
    <>
      <title>{await pageTitle(t('title'))}</title>
      <h1 className="heading-xl">{t('title')}</h1>
      <p className="body-l">{t('body')}</p>
      <p className="mt-6">
        <Link href="/">{home('home')}</Link>
      </p>
    </>
  );
}
