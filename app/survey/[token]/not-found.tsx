import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';

/** A survey link that is forged, incomplete or past its time: said calmly, with a 404. */
export default async function SurveyLinkNotFound() {
  const t = await getTranslations('survey');
  return (
    <>
      <title>{await pageTitle(t('invalidTitle'))}</title>
      <h1 className="heading-l">{t('invalidTitle')}</h1>
      <p className="body-l mb-6">{t('invalidBody')}</p>
      <a href="/">{t('home')}</a>
    </>
  );
}
