import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { UpstreamError } from '@/components/feedback/upstream-error';
import { CompanyList } from '@/components/home/company-list';
import { catalogue } from '@/lib/booking/catalogue';
import { pageTitle } from '@/lib/page-title';
import { attempt } from '@/lib/upstream';

export async function generateMetadata() {
  return { title: await pageTitle() };
}

export default async function HomePage() {
  const [t, companies] = await Promise.all([getTranslations('home'), attempt(catalogue.companies)]);
  if (!companies.ok) return <UpstreamError failure={companies.failure} />;
  return (
    <>
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
        <Link href="/appointments">{t('lookupLink')}</Link>
      </p>
    </>
  );
}
