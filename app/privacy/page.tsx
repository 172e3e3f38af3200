import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';
import { privacyFacts } from '@/lib/privacy';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('privacy'))('title')) };
}

/** The full privacy notice: the controller and its officer, the data, the purposes, the basis, the times, the rights. */
export default async function PrivacyPage() {
  const t = await getTranslations('privacy');
  const facts = privacyFacts();
  const { retention } = facts;
  const section = (id: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="heading-m">
        {title}
      </h2>
      {body}
    </section>
  );
  return (
    <>
      <h1 className="heading-l">{t('title')}</h1>
      <p className="body-l mb-8">{t('lead')}</p>
      {section(
        'controller',
        t('controllerTitle'),
        <p>{facts.controller ? t('who', { controller: facts.controller }) : t('whoUnnamed')}</p>,
      )}
      {section(
        'dpo',
        t('dpoTitle'),
        // An address is one long word: it breaks rather than push a phone's page sideways.
        <p className="[overflow-wrap:anywhere]">
          {facts.dpoName && facts.dpoEmail ? (
            <>
              {facts.dpoName}: <a href={`mailto:${facts.dpoEmail}`}>{facts.dpoEmail}</a>
            </>
          ) : (
            t('dpoUnnamed')
          )}
        </p>,
      )}
      {section('data', t('dataTitle'), <p>{t('data')}</p>)}
      {section(
        'purpose',
        t('purposeTitle'),
        <>
          <p>{t('purpose')}</p>
          {facts.survey && <p className="mt-2">{t('purposeSurvey')}</p>}
          {facts.journeyEvents && <p className="mt-2">{t('purposeAnalytics')}</p>}
        </>,
      )}
      {section('basis', t('basisTitle'), <p>{t(`basis.${facts.legalBasis}`)}</p>)}
      {section('sharing', t('sharingTitle'), <p>{t('sharing')}</p>)}
      {section(
        'retention',
        t('retentionTitle'),
        <ul className="list-disc space-y-2 pl-6">
          <li>{t('retention.draft', { hours: retention.draftHours })}</li>
          <li>{t('retention.receipt', { hours: retention.receiptHours })}</li>
          <li>{t('retention.access', { hours: retention.accessHours })}</li>
          <li>{t('retention.waitlist')}</li>
          {retention.requestDays && <li>{t('retention.requests', { days: retention.requestDays })}</li>}
          <li>{t('retention.tatodesk')}</li>
        </ul>,
      )}
      {section('rights', t('rightsTitle'), <p>{t('rights')}</p>)}
    </>
  );
}
