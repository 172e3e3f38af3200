import { getLocale, getTranslations } from 'next-intl/server';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { DataTable } from '@/components/ui/data-table';
import { BRASILIA } from '@/lib/format/time';
import { notFoundPage } from '@/lib/http/not-found';
import { pageTitle } from '@/lib/i18n/page-title';
import { listDemoNotifications, maskRecipient } from '@/lib/server/demo-outbox';
import { isDemo } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('notifications'))('title')), robots: { index: false } };
}

/** The demonstration's outbox: what a real account would have e-mailed, sent by WhatsApp and by SMS. */
export default async function DemoNotificationsPage() {
  if (!isDemo()) notFoundPage();
  const [t, locale, sent] = await Promise.all([
    getTranslations('notifications'),
    getLocale(),
    attempt(listDemoNotifications),
  ]);
  if (!sent.ok) return <FailurePanel failure={sent.failure} />;
  const rows = [...sent.data].reverse().slice(0, 100);
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: BRASILIA,
  });
  return (
    <>
      <h1 className="heading-l">{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <DataTable
          caption={t('title')}
          headers={[t('at'), t('channel'), t('to'), t('template')]}
          rows={rows.map((n) => ({
            key: n.ID,
            cells: [when.format(new Date(n.at)), n.channel, maskRecipient(n.to), n.templateID],
          }))}
        />
      )}
    </>
  );
}
