import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { answerSurvey } from '@/app/survey/actions';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { ClientIntl } from '@/components/i18n/client-intl';
import { SurveyForm } from '@/components/survey/survey-form';
import { Notice } from '@/components/ui/notice';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { fromStore } from '@/lib/store';
import { surveyForm } from '@/lib/survey/form';
import { INVALID_SURVEY_PATH, readSurveyToken } from '@/lib/survey/link';
import { answered } from '@/lib/survey/register';
import { attempt } from '@/lib/upstream';

// The title is the form's own (it says "Error:" when the form comes back with one).
export const metadata = { robots: { index: false } };

/**
 * The survey after a visit, at the signed link its invitation carried: the form as Tatodesk defines
 * it, once per attendance. A link that is forged, incomplete or past its time is a calm 404.
 */
export default async function SurveyPage(props: PageProps<'/survey/[token]'>) {
  const [{ token }, search, t] = await Promise.all([props.params, props.searchParams, getTranslations('survey')]);
  const read = await readSurveyToken(token);
  if (!read.ok) redirect(INVALID_SURVEY_PATH);
  const { link } = read;
  const done = await fromStore(answered(link.protocol));
  if (!done.ok) return <FailurePanel failure="store" />;
  if (done.value) {
    const sent = readParam(search, 'sent') === '1';
    return (
      <>
        <title>{await pageTitle(t('title'))}</title>
        <h1 className="heading-l">{t('title')}</h1>
        <Notice title={t('thanksTitle')}>{sent ? t('thanks') : t('already')}</Notice>
        <a href="/">{t('home')}</a>
      </>
    );
  }
  const form = await attempt(() => surveyForm(link.formId));
  if (!form.ok) return <FailurePanel failure={form.failure} />;
  const title = await pageTitle(t('title'));
  return (
    <div className="max-w-2xl">
      <h1 className="heading-l">{form.data.name}</h1>
      <p className="body-l mb-2">{t('about', { protocol: link.protocol })}</p>
      {form.data.description && <p className="mb-2">{form.data.description}</p>}
      <p className="mb-8 text-secondary">{t('why')}</p>
      <ClientIntl namespaces={['survey', 'common', 'upstream']}>
        <SurveyForm form={form.data} pageTitle={title} action={answerSurvey.bind(null, token)} />
      </ClientIntl>
    </div>
  );
}
