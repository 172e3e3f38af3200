import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { UpstreamError } from '@/components/feedback/upstream-error';
import { CompanyList } from '@/components/home/company-list';
import { catalogue } from '@/lib/booking/catalogue';
import { parseJourney } from '@/lib/booking/journey';
import { stepHref } from '@/lib/booking/steps';
import { pageTitle } from '@/lib/page-title';
import { attempt } from '@/lib/upstream';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('link'))('title')) };
}

/** A custom link's landing: the link's companies (straight on when there is one), or a clear dead end. */
export default async function CustomLinkPage(props: PageProps<'/l/[token]'>) {
  const { token } = await props.params;
  const t = await getTranslations('link');
  const link = parseJourney({ link: token }).link;
  const companies = link ? await attempt(() => catalogue.linkCompanies(link)) : undefined;
  if (companies && !companies.ok && companies.failure.kind !== 'not-found') {
    return <UpstreamError failure={companies.failure} />;
  }
  if (!link || !companies?.ok || companies.data.length === 0) {
    return (
      <>
        <h1 className="heading-l">{t('invalidTitle')}</h1>
        <p className="body-l mb-6">{t('invalidBody')}</p>
        <Link href="/" className="button">
          {t('start')}
        </Link>
      </>
    );
  }
  if (companies.data.length === 1) redirect(stepHref('category', { link, company: companies.data[0]!.id }));
  return (
    <>
      <h1 id="link-companies" className="heading-l">
        {t('choose')}
      </h1>
      <CompanyList
        companies={companies.data}
        labelledBy="link-companies"
        hrefOf={(id) => stepHref('category', { link, company: id })}
      />
    </>
  );
}
