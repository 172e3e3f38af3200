import { getTranslations } from 'next-intl/server';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { CompanyList } from '@/components/home/company-list';
import { Notice } from '@/components/ui/notice';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { attempt } from '@/lib/upstream';
import { catalogue } from '@/lib/upstream/catalogue';

export async function generateMetadata() {
  return { title: await pageTitle() };
}

export default async function HomePage(props: PageProps<'/'>) {
  const [t, companies, search] = await Promise.all([
    getTranslations('home'),
    attempt(catalogue.companies),
    props.searchParams,
  ]);
  if (!companies.ok) return <FailurePanel failure={companies.failure} />;
  return (
    <>
      {readParam(search, 'notice') === 'company-unavailable' && (
        <Notice title={t('companyUnavailableTitle')}>{t('companyUnavailable')}</Notice>
      )}
      <h1 className="heading-xl">{t('title')}</h1>
      <p className="body-l mb-8 max-w-prose">{t('lead')}</p>
      <h2 id="companies-heading" className="heading-l">
        {t('companiesHeading')}
      </h2>
      {companies.data.length > 0 ? (
        <CompanyList companies={companies.data} labelledBy="companies-heading" />
      ) : (
        <p>{t('empty')}</p>
      )}
      <h2 className="heading-l mt-12">{t('lookupHeading')}</h2>
      <p>
        <a href="/appointments">{t('lookupLink')}</a>
      </p>
    </>
  );
}
