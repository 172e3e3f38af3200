import { getTranslations } from 'next-intl/server';
import { lookUpAppointment } from '@/app/appointments/actions';
import { LookupForm } from '@/components/appointments/lookup-form';
import { ClientIntl } from '@/components/i18n/client-intl';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';

export default async function LookupPage(props: PageProps<'/appointments'>) {
  const t = await getTranslations('lookup');
  const protocol = readParam(await props.searchParams, 'protocol');
  return (
    <div className="max-w-2xl">
      <h1 className="heading-l">{t('title')}</h1>
      <p className="mb-8">{t('lead')}</p>
      <ClientIntl namespaces={['lookup', 'common', 'upstream']}>
        <LookupForm
          action={lookUpAppointment}
          protocol={protocol && /^\d{1,30}$/.test(protocol) ? protocol : undefined}
          pageTitle={await pageTitle(t('title'))}
        />
      </ClientIntl>
    </div>
  );
}
