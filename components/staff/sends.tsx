import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { formatInstant } from '@/lib/format';
import { BRASILIA, dayAfter } from '@/lib/format/time';
import { findRequest, type ReleaseRequest } from '@/lib/requests';
import {
  everyPage,
  getNotificationsReport,
  upstreamNow,
  type Appointment,
  type SentNotification,
} from '@/lib/tatodesk';

/**
 * What the citizen asked (the CRM's request) and what this service sent about the appointment,
 * with each message's delivery as the Ad-hoc Notifications Report tells it.
 */
export async function RequestAndSends({
  appointment: a,
}: {
  appointment: Pick<Appointment, 'protocol' | 'createdAt'>;
}) {
  const [t, locale] = await Promise.all([getTranslations('staff'), getLocale()]);
  const [request, sends] = await Promise.all([
    findRequest(a.protocol).then(
      (r) => ({ ok: true as const, r }),
      () => ({ ok: false as const }),
    ),
    // Asked by metadata, a filter the seed does not state: each row is checked itself.
    everyPage(
      (page) =>
        getNotificationsReport({
          from: dayAfter(new Date(a.createdAt), -1, BRASILIA),
          to: dayAfter(upstreamNow(), 1, BRASILIA),
          metadata: { key: 'protocol', value: a.protocol },
          page,
        }),
      20,
    ).then(
      (report) => ({ ok: true as const, rows: report.rows.filter((row) => row.metadata.protocol === a.protocol) }),
      () => ({ ok: false as const }),
    ),
  ]);
  return (
    <>
      {request.ok && request.r && <RequestPanel request={request.r} />}
      <section aria-labelledby="sends-title" className="mb-8">
        <h2 id="sends-title" className="heading-m">
          {t('sends.title')}
        </h2>
        {!sends.ok ? (
          <p>{t('sends.unavailable')}</p>
        ) : sends.rows.length === 0 ? (
          <p>{t('sends.empty')}</p>
        ) : (
          <DataTable
            caption={t('sends.table')}
            headers={[t('sends.kind'), t('sends.channel'), t('sends.status'), t('sends.at')]}
            rows={sends.rows.map((n) => ({
              key: n.id,
              cells: [
                kindWords(n, t),
                t(`sends.channels.${n.channel}`),
                t(`sends.statuses.${n.status}`),
                formatInstant(n.sentAt, locale),
              ],
            }))}
          />
        )}
      </section>
    </>
  );
}

/** The citizen's request about the appointment, as the CRM holds it. */
async function RequestPanel({ request: r }: { request: ReleaseRequest }) {
  const [t, requestsT, locale] = await Promise.all([
    getTranslations('staff'),
    getTranslations('staff.requests'),
    getLocale(),
  ]);
  return (
    <section aria-labelledby="request-title" className="mb-8 border-l-4 border-brand pl-4">
      <h2 id="request-title" className="heading-m">
        {t('appointment.request')}
      </h2>
      <p>
        {requestsT(`kinds.${r.kind}`)} · {requestsT('requestedAt')} {formatInstant(r.requestedAt, locale)}
        {r.status === 'done' && r.doneAt ? ` · ${r.doneBy ?? ''} ${formatInstant(r.doneAt, locale)}` : ''}
      </p>
      {r.reason && <p>{`${requestsT('reason')}: ${r.reason}`}</p>}
      {r.newProtocol && (
        <p>
          {requestsT('newProtocol')}:{' '}
          <a href={`/staff/appointments/${r.newProtocol}`} className="font-mono">
            {r.newProtocol}
          </a>
        </p>
      )}
    </section>
  );
}

type StaffWords = Awaited<ReturnType<typeof getTranslations<'staff'>>>;

function kindWords(n: SentNotification, t: StaffWords): string {
  const kind = n.metadata.kind ?? '';
  if (kind === 'confirmation') return t('sends.kinds.confirmation');
  if (kind.startsWith('reminder-')) return t('sends.kinds.reminder', { offset: kind.slice('reminder-'.length) });
  if (kind.startsWith('request-')) return t('sends.kinds.request');
  return n.templateId;
}
