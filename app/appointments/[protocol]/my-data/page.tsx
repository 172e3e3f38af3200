import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requestData, withdrawPhoneConsent } from '@/app/appointments/actions';
import { answerRows } from '@/components/booking/answer-rows';
import { personRows } from '@/components/booking/person-rows';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { ClientIntl } from '@/components/i18n/client-intl';
import { DataRequestForm } from '@/components/requests/data-request-form';
import { BackLink } from '@/components/ui/back-link';
import { Notice } from '@/components/ui/notice';
import { SummaryList } from '@/components/ui/summary-list';
import { hasAccess } from '@/lib/appointments/access';
import { answeredFields } from '@/lib/appointments/answered-fields';
import { formatPhone } from '@/lib/br/phone';
import { personDetails } from '@/lib/details/person';
import { formatInstant } from '@/lib/format';
import { notFoundPage } from '@/lib/http/not-found';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { lookupHref } from '@/lib/protocol';
import { dataRequestsEnabled, DETAILS_MAX, openDataRequests } from '@/lib/requests/data';
import { consentNow } from '@/lib/requests/withdrawals';
import { getAppointment } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';

// The title is the form's own (it says "Error:" when the form comes back with one).
export const metadata = { robots: { index: false } };

/** What the appointment holds about the person, and the request to see, correct or delete it. */
export default async function MyDataPage(props: PageProps<'/appointments/[protocol]/my-data'>) {
  const { protocol } = await props.params;
  if (!dataRequestsEnabled()) notFoundPage();
  if (!(await hasAccess(protocol))) redirect(lookupHref(protocol));
  const withdrawn = readParam(await props.searchParams, 'withdrawn');
  const [found, t, common, booking, withdrawal, locale] = await Promise.all([
    attempt(async () => {
      const [appointment, open] = await Promise.all([getAppointment(protocol), openDataRequests(protocol)]);
      const [fields, consent] = await Promise.all([
        answeredFields(appointment.serviceType.id),
        consentNow(appointment),
      ]);
      return { appointment, open, fields, consent };
    }),
    getTranslations('myData'),
    getTranslations('common'),
    getTranslations('booking'),
    getTranslations('withdrawal'),
    getLocale(),
  ]);
  if (!found.ok) return <FailurePanel failure={found.failure} />;
  const { appointment: a, open, fields, consent } = found.data;
  const channels = [consent.whatsapp && 'WhatsApp', consent.sms && 'SMS'].filter((c): c is string => Boolean(c));
  const title = t('title');
  return (
    <>
      <BackLink href={`/appointments/${protocol}`}>{common('back')}</BackLink>
      <h1 className="heading-l">{title}</h1>
      <p className="body-l mb-6">{t('lead')}</p>
      {open.length > 0 && (
        <p className="mb-6 border-l-4 border-brand pl-4">
          {t('open', {
            list: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
              open.map((r) => `${t(`kinds.${r.kind}`)} (${formatInstant(r.requestedAt, locale, a.unit.timeZone)})`),
            ),
          })}
        </p>
      )}
      <h2 className="heading-m">{t('heldTitle')}</h2>
      <SummaryList
        rows={[
          ...personRows(booking, personDetails(a)),
          { key: booking('details.email'), value: a.client.email || booking('details.notGiven') },
          {
            key: booking('details.phone'),
            value: a.client.phone ? formatPhone(a.client.phone) : booking('details.notGiven'),
          },
          {
            key: booking('details.consentLegend'),
            value: channels.length > 0 ? new Intl.ListFormat(locale).format(channels) : booking('details.noMessages'),
          },
          ...answerRows(booking, fields, a.answers, locale),
        ]}
      />
      {withdrawn === 'yes' && <Notice title={withdrawal('title')}>{withdrawal('body')}</Notice>}
      {withdrawn === 'failed' && (
        <p role="alert" className="mb-6 border-l-4 border-error pl-4 font-bold">
          {withdrawal('failed')}
        </p>
      )}
      {channels.length > 0 && (
        <form action={withdrawPhoneConsent.bind(null, protocol)} className="mb-8">
          <p className="mb-4">{withdrawal('lead', { channels: new Intl.ListFormat(locale).format(channels) })}</p>
          <button type="submit" className="button">
            {withdrawal('button')}
          </button>
        </form>
      )}
      <ClientIntl namespaces={['myData', 'common', 'upstream']}>
        <DataRequestForm
          pageTitle={await pageTitle(title)}
          max={DETAILS_MAX}
          action={requestData.bind(null, protocol)}
        />
      </ClientIntl>
    </>
  );
}
