import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requestCancellation } from '@/app/appointments/actions';
import { AppointmentDetails } from '@/components/appointments/appointment-details';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { ClientIntl } from '@/components/i18n/client-intl';
import { CancelForm } from '@/components/requests/cancel-form';
import { BackLink } from '@/components/ui/back-link';
import { visitOf } from '@/lib/answers/dependant';
import { hasAccess } from '@/lib/appointments/access';
import { pageTitle } from '@/lib/i18n/page-title';
import { lookupHref } from '@/lib/protocol';
import { acceptsRequests, findRequest } from '@/lib/requests';
import { getAppointment } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';

// The title is the form's own (it says "Error:" when the form comes back with one).
export const metadata = { robots: { index: false } };

/** "I can't come": what will happen, an optional reason, and the request. */
export default async function CancelPage(props: PageProps<'/appointments/[protocol]/cancel'>) {
  const { protocol } = await props.params;
  if (!(await hasAccess(protocol))) redirect(lookupHref(protocol));
  const [found, t, common] = await Promise.all([
    attempt(async () => {
      const [appointment, request] = await Promise.all([getAppointment(protocol), findRequest(protocol)]);
      return { appointment, request };
    }),
    getTranslations('change'),
    getTranslations('common'),
  ]);
  if (!found.ok) return <FailurePanel failure={found.failure} />;
  const { appointment, request } = found.data;
  // Asked already, or nothing left to ask: the appointment's page says where it stands.
  if (request) redirect(`/appointments/${protocol}`);
  const back = <BackLink href={`/appointments/${protocol}`}>{common('back')}</BackLink>;
  if (!acceptsRequests(appointment)) {
    return (
      <>
        <title>{await pageTitle(t('cancelTitle'))}</title>
        {back}
        <h1 className="heading-l">{t('cancelTitle')}</h1>
        <p className="mb-6">{t('closed')}</p>
        <a href={`/appointments/${protocol}`}>{common('back')}</a>
      </>
    );
  }
  const title = t('cancelTitle');
  return (
    <>
      {back}
      <h1 className="heading-l">{title}</h1>
      <p className="body-l mb-6">{t('cancelLead')}</p>
      <AppointmentDetails appointment={appointment} visit={visitOf(appointment)} />
      <ClientIntl namespaces={['change', 'common', 'upstream']}>
        <CancelForm
          protocol={protocol}
          pageTitle={await pageTitle(title)}
          action={requestCancellation.bind(null, protocol)}
        />
      </ClientIntl>
    </>
  );
}
