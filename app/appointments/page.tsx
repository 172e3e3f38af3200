import { getTranslations } from 'next-intl/server';
import { lookUpAppointment } from '@/app/appointments/actions';
import { LookupForm } from '@/components/appointments/lookup-form';
import { ClientIntl } from '@/components/i18n/client-intl';
import { ForgetOffline } from '@/components/offline/forget-offline';
import { Notice } from '@/components/ui/notice';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';

export default async function LookupPage(props: PageProps<'/appointments'>) {
  const [t, offline] = await Promise.all([getTranslations('lookup'), getTranslations('offline')]);
  const search = await props.searchParams;
  const protocol = readParam(search, 'protocol');
  // Arrived from "leave": said, and the copies kept for offline use deleted from this browser.
  const left = readParam(search, 'left') === '1';
  return (
    <div className="max-w-2xl">
      {left && (
        <Notice title={offline('leftTitle')}>
          {offline('left')}
          <ForgetOffline />
        </Notice>
      )}
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
