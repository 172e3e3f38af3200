import { getTranslations } from 'next-intl/server';
import { DemoBanner } from './demo-banner';
import { LanguageSwitch } from './language-switch';

export async function SiteHeader({
  demo,
  switchLanguage,
}: {
  demo: boolean;
  /** The language switch's server action, from the layout. */
  switchLanguage: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations('layout');
  return (
    <header>
      <div className="border-b-8 border-brand bg-ink text-white">
        <div id="menu" tabIndex={-1} className="page-width flex flex-wrap items-center justify-between gap-3 py-3">
          <a href="/" className="text-xl font-bold text-white no-underline hover:underline">
            {t('siteName')}
            {demo && ' '}
            {demo && (
              <span className="ml-2 rounded bg-warn px-2 py-0.5 align-middle text-sm text-ink">{t('demoLabel')}</span>
            )}
          </a>
          <LanguageSwitch action={switchLanguage} />
        </div>
      </div>
      {demo && <DemoBanner />}
    </header>
  );
}
