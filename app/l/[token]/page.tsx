import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { CompanyList } from '@/components/home/company-list';
import { parseJourney } from '@/lib/booking/journey';
import { invalidLinkPath, stepHref } from '@/lib/booking/steps';
import { pageTitle } from '@/lib/i18n/page-title';
import { attempt } from '@/lib/upstream';
import { catalogue } from '@/lib/upstream/catalogue';

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
    return <FailurePanel failure={companies.failure} />;
  }
  // Unknown or expired: the calm page, answered 404. notFound() here would send it only inside the
  // RSC payload (blank without JavaScript: vercel/next.js#62228), so the page sends the browser to
  // an address no route matches, which the root not-found page renders in full.
  if (!link || !companies?.ok || companies.data.length === 0) redirect(invalidLinkPath(token));
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
