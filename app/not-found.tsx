import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { DeadEnd } from '@/components/feedback/dead-end';
import { isInvalidLinkPath } from '@/lib/booking/steps';
import { pageTitle } from '@/lib/i18n/page-title';
import { isInvalidSurveyPath } from '@/lib/survey/link';

export default async function NotFound() {
  const path = (await headers()).get('x-return-to') ?? '';
  // A forged, cut or expired survey link lands here (see lib/survey/link.ts): it says so.
  if (isInvalidSurveyPath(path)) {
    const survey = await getTranslations('survey');
    return <DeadEnd title={survey('invalidTitle')} body={survey('invalidBody')} href="/" link={survey('home')} />;
  }
  // An unknown or expired custom link lands here (see app/l/[token]/page.tsx): it says so.
  if (isInvalidLinkPath(path)) {
    const link = await getTranslations('link');
    return <DeadEnd title={link('invalidTitle')} body={link('invalidBody')} href="/" link={link('start')} button />;
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
