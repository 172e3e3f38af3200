import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CopyProtocol } from '@/components/booking/copy-protocol';
import { PrintButton } from '@/components/booking/print-button';
import { UpstreamError } from '@/components/feedback/upstream-error';
import { SummaryList } from '@/components/ui/summary-list';
import { differsFromBrasilia, formatAddress, formatDate, zoneName } from '@/lib/booking/format';
import { bookedProtocol } from '@/lib/booking/idempotency';
import { readParam } from '@/lib/booking/journey';
import { getAppointment } from '@/lib/tatodesk';
import { pageTitle } from '@/lib/page-title';
import { attempt } from '@/lib/upstream';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('booking.confirmation');
  return { title: await pageTitle(t('title')), robots: { index: false } };
}

export default async function ConfirmationPage(props: PageProps<'/book/confirmation'>) {
  const ref = readParam(await props.searchParams, 'ref');
  const [t, locale] = await Promise.all([getTranslations('booking'), getLocale()]);
  const protocol = ref && /^[0-9a-f-]{36}$/.test(ref) ? await bookedProtocol(ref) : undefined;
  if (!protocol) {
    return (
      <>
        <h1 className="heading-l">{t('confirmation.title')}</h1>
        <p className="mb-6">{t('confirmation.notFound')}</p>
        <Link href="/">{t('confirmation.again')}</Link>
      </>
    );
  }
  const appointment = await attempt(() => getAppointment(protocol));
  if (!appointment.ok) return <UpstreamError failure={appointment.failure} />;
  const a = appointment.data;
  const zone = differsFromBrasilia(a.unit.timeZone)
    ? t('confirmation.zoneNote', { city: a.unit.address.city, zone: zoneName(a.unit.timeZone, locale) })
    : '';

  return (
    <>
      <div className="mb-8 bg-success p-6 text-center text-white sm:p-8">
        <h1 className="mb-4 text-3xl font-bold sm:text-5xl">{t('confirmation.title')}</h1>
        <p className="text-xl">{t('confirmation.protocol')}</p>
        <p className="my-2 select-all break-all font-mono text-4xl font-bold tracking-wider sm:text-5xl">
          {a.protocol}
        </p>
        <CopyProtocol protocol={a.protocol} />
      </div>
      <p className="body-l mb-8">{t('confirmation.keep')}</p>
      <SummaryList
        rows={[
          { key: t('confirmation.service'), value: a.serviceType.name },
          {
            key: t('confirmation.when'),
            value: (
              <>
                <span className="first-letter:uppercase">{formatDate(a.date, locale)}</span>, {a.time}
                {zone && <span className="block text-secondary">{zone}</span>}
              </>
            ),
          },
          {
            key: t('confirmation.where'),
            value: (
              <>
                {a.unit.name}
                <span className="block text-secondary">{formatAddress(a.unit.address)}</span>
              </>
            ),
          },
          { key: t('summary.company'), value: a.company.name },
        ]}
      />
      {a.serviceType.requiredDocuments.length > 0 && (
        <>
          <h2 className="heading-m">{t('confirmation.bring')}</h2>
          <ul className="mb-8 list-disc pl-6">
            {a.serviceType.requiredDocuments.map((doc) => (
              <li key={doc}>{doc}</li>
            ))}
          </ul>
        </>
      )}
      <p className="flex flex-wrap items-center gap-6 print:hidden">
        <PrintButton />
        <Link href="/">{t('confirmation.again')}</Link>
      </p>
    </>
  );
}
