import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { dataRequestKinds } from '@/lib/requests/data';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('myData'))('sentTitle')), robots: { index: false } };
}

/**
 * After a "my data" request: what was recorded, what this site erased at once (for a deletion,
 * whose page this browser may no longer open), and when the organisation answers.
 */
export default async function DataRequestSentPage(props: PageProps<'/my-data/sent'>) {
  const t = await getTranslations('myData');
  const search = await props.searchParams;
  const asked = readParam(search, 'kind');
  const kind = dataRequestKinds.find((k) => k === asked) ?? 'access';
  return (
    <>
      <h1 className="heading-l">{t('sentTitle')}</h1>
      <Notice title={t('sentTitle')}>
        <p>{t(`sent.${kind}`)}</p>
        {kind === 'deletion' && <p className="mt-2">{t('erased')}</p>}
        {readParam(search, 'told') === '1' && <p className="mt-2">{t('told')}</p>}
      </Notice>
      <p className="mb-6">{t('answer')}</p>
      <a href="/">{t('home')}</a>
    </>
  );
}
