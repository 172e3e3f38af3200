import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('a11y'))('title')) };
}

const SHORTCUTS = ['alt1', 'alt2', 'alt3', 'alt4'] as const;

/** e-MAG's accessibility page: the shortcuts, high contrast, Libras, and where to report a barrier. */
export default async function AccessibilityPage() {
  const t = await getTranslations('a11y');
  return (
    <>
      <h1 className="heading-l">{t('title')}</h1>
      <p className="body-l mb-8">{t('lead')}</p>
      <h2 className="heading-m">{t('shortcutsTitle')}</h2>
      <ul className="mb-2 list-disc pl-6">
        {SHORTCUTS.map((key) => (
          <li key={key}>{t(`shortcuts.${key}`)}</li>
        ))}
      </ul>
      <p className="mb-8 text-secondary">{t('shortcutsNote')}</p>
      <h2 className="heading-m">{t('contrastTitle')}</h2>
      <p className="mb-8">{t('contrastBody')}</p>
      <h2 className="heading-m">{t('librasTitle')}</h2>
      <p className="mb-8">{t('librasBody')}</p>
      <h2 className="heading-m">{t('contactTitle')}</h2>
      <p>{t('contactBody')}</p>
    </>
  );
}
