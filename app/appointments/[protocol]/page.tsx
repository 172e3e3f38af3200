import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { chooseAnotherTime, leaveAppointments } from '@/app/appointments/actions';
import { AppointmentDetails } from '@/components/appointments/appointment-details';
import { Attachments } from '@/components/appointments/attachments';
import { ProtocolQr } from '@/components/appointments/protocol-qr';
import { PrintButton } from '@/components/booking/print-button';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { HelpLineNote } from '@/components/feedback/help-line';
import { ClientIntl } from '@/components/i18n/client-intl';
import { SaveOffline } from '@/components/offline/save-offline';
import { AppointmentChange } from '@/components/requests/appointment-change';
import { Notice } from '@/components/ui/notice';
import { visitOf } from '@/lib/answers/dependant';
import { hasPriority } from '@/lib/answers/priority-question';
import { accessibleProtocols, hasAccess } from '@/lib/appointments/access';
import { acceptAttribute, acceptsAttachments, type FileOutcome } from '@/lib/appointments/attachments';
import { env } from '@/lib/env';
import { STORE_UNAVAILABLE } from '@/lib/failure';
import { formatInstant } from '@/lib/format';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { SAVE_MARK } from '@/lib/offline/names';
import { lookupHref } from '@/lib/protocol';
import { acceptsRequests, findRequest } from '@/lib/requests';
import { dataRequestsEnabled } from '@/lib/requests/data';
import { store } from '@/lib/store';
import { getAppointment } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('appointment'))('title')), robots: { index: false } };
}

export default async function AppointmentPage(props: PageProps<'/appointments/[protocol]'>) {
  const { protocol } = await props.params;
  // Only a browser that proved the second factor (or just booked) sees the appointment.
  if (!(await hasAccess(protocol))) redirect(lookupHref(protocol));
  const [found, asked, t] = await Promise.all([
    attempt(() => getAppointment(protocol)),
    // The CRM not answering hides the request and the ways to ask: the appointment still shows.
    findRequest(protocol).then(
      (request) => ({ ok: true as const, request }),
      () => ({ ok: false as const, request: undefined }),
    ),
    getTranslations('appointment'),
  ]);
  if (!found.ok) return <FailurePanel failure={found.failure} />;
  const a = found.data;
  const search = await props.searchParams;
  const uploadId = readParam(search, 'upload');
  // The results of a plain-form upload (the store being away only loses the list, not the files).
  const upload =
    uploadId && /^[0-9a-f-]{36}$/.test(uploadId)
      ? await store()
          .get<{ results?: FileOutcome[]; error?: string }>(`upload-result:${a.protocol}:${uploadId}`)
          .catch(() => undefined)
      : undefined;
  const { types, maxFileBytes, maxTotalBytes } = env().attachments;
  const limits = {
    types: types.map((type) => type.toUpperCase()).join(', '),
    maxFile: Math.round(maxFileBytes / 1024 / 1024),
    maxTotal: Math.round(maxTotalBytes / 1024 / 1024),
  };
  const [statuses, upstream, offline, locale, keep] = await Promise.all([
    getTranslations('statuses'),
    getTranslations('upstream'),
    getTranslations('offline'),
    getLocale(),
    accessibleProtocols(),
  ]);
  // When this copy was made, on the unit's clock: what a copy kept offline says of itself.
  const asOf = formatInstant(new Date().toISOString(), locale, a.unit.timeZone);
  const status = a.status === 'unknown' ? statuses('unknown', { label: a.statusLabel }) : statuses(a.status);

  return (
    <>
      {/* The mark of a page the service worker may keep offline (lib/offline/sw.ts). */}
      <h1 className="heading-l" {...{ [SAVE_MARK]: a.protocol }}>
        {t('title')}
      </h1>
      <div className="mb-8 flex flex-wrap items-center gap-6 border-4 border-ink p-4">
        <ProtocolQr protocol={a.protocol} />
        <div>
          <p>{t('protocol')}</p>
          <p className="select-all whitespace-nowrap font-mono text-2xl font-bold tracking-wide min-[375px]:text-3xl">
            {a.protocol}
          </p>
          <p className="mt-2">
            {t('status')}: <strong>{status}</strong>
          </p>
        </div>
      </div>
      <SaveOffline
        protocol={a.protocol}
        keep={keep}
        saved={offline('saved', { at: asOf })}
        offline={offline('offline', { at: asOf })}
      />
      <AppointmentChange
        appointment={a}
        request={asked.request}
        canAsk={asked.ok && acceptsRequests(a) && a.status === 'scheduled'}
        justRequested={readParam(search, 'requested') === 'cancel'}
        told={readParam(search, 'told') === '1'}
        rescheduleAction={chooseAnotherTime.bind(null, a.protocol)}
      />
      <AppointmentDetails appointment={a} priority={hasPriority(a.answers)} visit={visitOf(a)} />
      {uploadId === STORE_UNAVAILABLE && <Notice title={upstream('storeTitle')}>{upstream('storeBody')}</Notice>}
      {uploadId === 'too-large' && <Notice title={t('addTitle')}>{t('tooLarge', limits)}</Notice>}
      <ClientIntl namespaces={['appointment', 'common']}>
        <Attachments
          protocol={a.protocol}
          limits={limits}
          accept={acceptAttribute(types)}
          initialNames={a.attachments.map((file) => file.name)}
          open={acceptsAttachments(a)}
          initialResults={upload?.results}
          initialMissing={upload?.error === 'none'}
        />
      </ClientIntl>
      <HelpLineNote scope={{ unitId: a.unit.id, companyId: a.company.id }} />
      <p className="flex flex-wrap items-center gap-6 print:hidden">
        <PrintButton label={(await getTranslations('booking.confirmation'))('print')} />
        <a href={`/appointments/${a.protocol}/receipt`}>{offline('receipt')}</a>
        <a href={`/appointments/${a.protocol}/calendar`} download>
          {t('calendar')}
        </a>
        {dataRequestsEnabled() && (
          <a href={`/appointments/${a.protocol}/my-data`}>{(await getTranslations('myData'))('link')}</a>
        )}
        <a href="/appointments">{t('lookupAnother')}</a>
      </p>
      <form action={leaveAppointments} className="mt-8 border-t-2 border-ink pt-6 print:hidden">
        <p id="leave-hint" className="mb-4">
          {offline('leaveHint')}
        </p>
        <button type="submit" className="button" aria-describedby="leave-hint">
          {offline('leave')}
        </button>
      </form>
    </>
  );
}
