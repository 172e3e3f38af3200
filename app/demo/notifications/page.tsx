import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { UpstreamError } from '@/components/feedback/upstream-error';
import { pageTitle } from '@/lib/page-title';
import { isDemo, listSimulatorNotifications } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('notifications'))('title')), robots: { index: false } };
}

/** The demonstration's outbox: what a real account would have e-mailed, sent by WhatsApp and by SMS. */
export default async function DemoNotificationsPage() {
  if (!isDemo()) notFound();
  const [t, locale, sent] = await Promise.all([
    getTranslations('notifications'),
    getLocale(),
    attempt(listSimulatorNotifications),
  ]);
  if (!sent.ok) return <UpstreamError failure={sent.failure} />;
  const rows = [...sent.data].reverse().slice(0, 100);
  return (
    <>
      <h1 className="heading-l">{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-base">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {t('at')}
                </th>
                <th scope="col" className="p-2">
                  {t('channel')}
                </th>
                <th scope="col" className="p-2">
                  {t('to')}
                </th>
                <th scope="col" className="p-2">
                  {t('template')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((n) => (
                <tr key={n.ID} className="border-b border-border">
                  <td className="p-2">
                    {new Intl.DateTimeFormat(locale, {
                      dateStyle: 'short',
                      timeStyle: 'short',
                      timeZone: 'America/Sao_Paulo',
                    }).format(new Date(n.at))}
                  </td>
                  <td className="p-2">{n.channel}</td>
                  <td className="p-2 [overflow-wrap:anywhere]">{n.to}</td>
                  <td className="p-2">{n.templateID}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
