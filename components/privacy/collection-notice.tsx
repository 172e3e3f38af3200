import { getTranslations } from 'next-intl/server';
import { privacyFacts } from '@/lib/privacy';

/**
 * The privacy notice at collection (LGPD art. 9), above the details form: who holds the data,
 * why, on which basis, how long this site keeps it, and the full notice one link away.
 */
export async function CollectionNotice({ organisation }: { organisation: string }) {
  const t = await getTranslations('privacy');
  const facts = privacyFacts(organisation);
  return (
    <aside aria-labelledby="privacy-notice" className="mb-8 border-l-4 border-brand bg-surface p-4">
      <h2 id="privacy-notice" className="mb-2 text-xl font-bold">
        {t('noticeTitle')}
      </h2>
      <p className="mb-1">{facts.controller ? t('who', { controller: facts.controller }) : t('whoUnnamed')}</p>
      <p className="mb-1">{t('why')}</p>
      <p className="mb-1">{t(`basis.${facts.legalBasis}`)}</p>
      <p className="mb-2">{t('keep', { draft: facts.retention.draftHours })}</p>
      <a href="/privacy">{t('link')}</a>
    </aside>
  );
}
