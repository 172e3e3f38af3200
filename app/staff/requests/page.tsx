import { getLocale, getTranslations } from 'next-intl/server';
import { markRequestDone } from '@/app/staff/actions';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { DataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/notice';
import { formatDate, formatInstant } from '@/lib/format';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { PROTOCOL_PATTERN } from '@/lib/protocol';
import { openRequests, requestsEnabled } from '@/lib/requests';
import { requireStaff } from '@/lib/staff/session';
import { attempt } from '@/lib/upstream';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('staff.requests'))('title')), robots: { index: false } };
}

const outcomes = ['done', 'still-scheduled', 'not-found', 'failed'] as const;

/** The citizens' open requests, oldest first, each with its appointment and a way to close it. */
export default async function StaffRequestsPage(props: PageProps<'/staff/requests'>) {
  await requireStaff();
  const [t, upstream, locale] = await Promise.all([
    getTranslations('staff.requests'),
    getTranslations('upstream'),
    getLocale(),
  ]);
  const search = await props.searchParams;
  const outcome = outcomes.find((o) => o === readParam(search, 'outcome'));
  const protocol = readParam(search, 'protocol');
  const about = protocol && PROTOCOL_PATTERN.test(protocol) ? protocol : undefined;
  const loaded = requestsEnabled()
    ? await attempt(() => openRequests())
    : { ok: true as const, data: { requests: [], total: 0 } };
  if (!loaded.ok) return <FailurePanel failure={loaded.failure} />;
  const { requests, total } = loaded.data;
  return (
    <>
      <h1 className="heading-l">{t('title')}</h1>
      {outcome === 'failed' && <Notice title={upstream('unavailableTitle')}>{upstream('unavailableBody')}</Notice>}
      {outcome && outcome !== 'failed' && about && (
        <Notice title={t('title')}>
          {outcome === 'done'
            ? t('done', { protocol: about })
            : outcome === 'still-scheduled'
              ? t('stillScheduled', { protocol: about })
              : t('notFound')}
        </Notice>
      )}
      <p className="mb-6">{t('lead')}</p>
      <p className="mb-4 font-bold">{t('count', { count: total })}</p>
      {requests.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <DataTable
          caption={t('table')}
          headers={[t('protocol'), t('kind'), t('when'), t('requestedAt'), t('reason'), t('newProtocol'), t('action')]}
          rows={requests.map((r) => ({
            key: r.id,
            cells: [
              <a key="protocol" href={`/staff/appointments/${r.protocol}`} className="font-mono">
                {r.protocol}
              </a>,
              t(`kinds.${r.kind}`),
              [r.unitName, r.date && formatDate(r.date, locale, 'long'), r.time].filter(Boolean).join(', '),
              formatInstant(r.requestedAt, locale),
              r.reason ?? '—',
              r.newProtocol ? (
                <a key="new" href={`/staff/appointments/${r.newProtocol}`} className="font-mono">
                  {r.newProtocol}
                </a>
              ) : (
                '—'
              ),
              <form key="done" action={markRequestDone.bind(null, r.id, r.protocol)}>
                <button
                  type="submit"
                  className="cursor-pointer text-link underline"
                  aria-label={t('markDoneFor', { protocol: r.protocol })}
                >
                  {t('markDone')}
                </button>
              </form>,
            ],
          }))}
        />
      )}
    </>
  );
}
