import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { AppointmentDetails } from '@/components/appointments/appointment-details';
import { ProtocolQr } from '@/components/appointments/protocol-qr';
import { CopyProtocol } from '@/components/booking/copy-protocol';
import { PrintButton } from '@/components/booking/print-button';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { Notice } from '@/components/ui/notice';
import { hasAccess } from '@/lib/appointments/access';
import { bookedUnder } from '@/lib/booking/idempotency';
import { formatPhone } from '@/lib/br/phone';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { confirmationReach } from '@/lib/notices/queue';
import { findRequest, requestsEnabled } from '@/lib/requests';
import { onBehalf } from '@/lib/staff/on-behalf';
import { fromStore } from '@/lib/store';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('booking.confirmation');
  return { title: await pageTitle(t('title')), robots: { index: false } };
}

export default async function ConfirmationPage(props: PageProps<'/book/confirmation'>) {
  const ref = readParam(await props.searchParams, 'ref');
  const [t, appointmentT, locale] = await Promise.all([
    getTranslations('booking'),
    getTranslations('appointment'),
    getLocale(),
  ]);
  const stored = await fromStore(ref && /^[0-9a-f-]{36}$/.test(ref) ? bookedUnder(ref) : Promise.resolve(undefined));
  if (!stored.ok) return <FailurePanel failure="store" />;
  // Only the browser that booked it (it holds the grant) sees it here; anyone else with the link, nothing.
  const booked = stored.value && (await hasAccess(stored.value.protocol)) ? stored.value : undefined;
  if (!booked) {
    return (
      <>
        <h1 className="heading-l">{t('confirmation.title')}</h1>
        <p className="mb-6">{t('confirmation.notFound')}</p>
        <a href="/appointments">{appointmentT('lookupAnother')}</a>
      </>
    );
  }
  // What was booked is known from the booking itself (its receipt, kept with the key): no read upstream.
  const a = booked;
  const changeT = await getTranslations('change');
  const requests = requestsEnabled();
  // A new time for an earlier appointment: whether its release was asked, as the CRM says now.
  const replaced = a.replaces
    ? {
        protocol: a.replaces,
        asked: Boolean(
          await findRequest(a.replaces).then(
            (r) => r?.newProtocol === a.protocol,
            () => false,
          ),
        ),
      }
    : undefined;
  // The channels the confirmation was queued on (the sends go out after this answer).
  const and = new Intl.ListFormat(locale, { type: 'conjunction' });
  const reach = confirmationReach(a, locale);
  const phoneChannels = reach.whatsapp
    ? [reach.sms ? t('confirmation.whatsappOrSms') : 'WhatsApp']
    : reach.sms
      ? ['SMS']
      : [];
  const sentBy = [
    ...(reach.email ? [t('confirmation.byEmail', { email: a.email })] : []),
    ...(phoneChannels.length > 0
      ? [t('confirmation.byPhone', { channels: and.format(phoneChannels), phone: formatPhone(a.phone) })]
      : []),
  ];

  // Staff booking for a caller: the protocol is read out, in groups of four digits.
  const [agent, behalf] = await Promise.all([onBehalf(), getTranslations('staff.onBehalf')]);
  return (
    <>
      <Booked protocol={a.protocol} title={t('confirmation.title')} label={t('confirmation.protocol')} />
      {agent && (
        <Notice title={behalf('title')}>
          {behalf('readOutNow', { protocol: a.protocol.replace(/(\d{4})(?=\d)/g, '$1 ') })}
        </Notice>
      )}
      <p className="body-l mb-8">{t('confirmation.keep')}</p>
      <section aria-labelledby="next-title" className="mb-8">
        <h2 id="next-title" className="heading-m">
          {t('confirmation.nextTitle')}
        </h2>
        <ul className="list-disc space-y-2 pl-6 [overflow-wrap:anywhere]">
          <li>
            {sentBy.length > 0 ? t('confirmation.sent', { list: and.format(sentBy) }) : t('confirmation.noMessages')}
          </li>
          <li>{t('confirmation.arrive')}</li>
          <li>{t('confirmation.late')}</li>
          {requests && <li>{changeT('confirmationChange')}</li>}
        </ul>
      </section>
      {replaced && (
        <p className="mb-8 border-l-4 border-brand pl-4 text-lg">
          {replaced.asked ? (
            changeT('confirmationReleased', { protocol: replaced.protocol })
          ) : (
            <>
              {changeT('confirmationReleaseFailed', { protocol: replaced.protocol })}{' '}
              <a href={`/appointments/${replaced.protocol}`}>{changeT('openOld', { protocol: replaced.protocol })}</a>
            </>
          )}
        </p>
      )}
      <AppointmentDetails appointment={a} priority={a.priority} visit={a.visit} />
      <p className="flex flex-wrap items-center gap-6 print:hidden">
        <PrintButton label={t('confirmation.print')} />
        <a href={`/appointments/${a.protocol}/calendar`} download>
          {appointmentT('calendar')}
        </a>
        <a href={`/appointments/${a.protocol}`}>{t('confirmation.lookup')}</a>
        <a href="/">{t('confirmation.again')}</a>
      </p>
    </>
  );
}

/** The panel that says it is done: the protocol, large, to copy, print or scan. */
function Booked({ protocol, title, label }: { protocol: string; title: string; label: string }) {
  const t = useTranslations('booking.confirmation');
  return (
    <div className="mb-8 flex flex-wrap items-center justify-center gap-6 bg-success p-6 text-center text-white sm:p-8 print:border-4 print:border-ink print:bg-white print:text-ink">
      <div>
        <h1 className="mb-4 text-3xl font-bold sm:text-5xl">{title}</h1>
        <p className="text-xl">{label}</p>
        <p className="my-2 select-all whitespace-nowrap font-mono text-2xl font-bold tracking-wide min-[375px]:text-3xl sm:text-5xl">
          {protocol}
        </p>
        <span className="print:hidden">
          <CopyProtocol protocol={protocol} copy={t('copy')} copied={t('copied')} />
        </span>
      </div>
      <ProtocolQr protocol={protocol} />
    </div>
  );
}
