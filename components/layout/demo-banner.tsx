import { getTranslations } from 'next-intl/server';

export async function DemoBanner() {
  const t = await getTranslations('layout');
  return (
    <div className="border-b border-warn-dark bg-warn-light">
      <p className="page-width py-2 text-base">
        {t('demoBanner')} <a href="/demo/notifications">{t('demoOutbox')}</a>
      </p>
    </div>
  );
}
