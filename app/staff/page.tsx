import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { TextField } from '@/components/ui/fields';
import { formatInstant } from '@/lib/format';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { findByTicketCode, isTicketCode, ticketCode } from '@/lib/staff/day';
import { requireStaff } from '@/lib/staff/session';
import {
  getAppointment,
  getAttendance,
  isTatodeskErrorOf,
  searchProtocol,
  type ProtocolHit,
  type ReportRow,
} from '@/lib/tatodesk';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('staff.find'))('title')), robots: { index: false } };
}

const attendanceHref = (id: number) => `/staff/attendances/${id}`;

/**
 * 14 digits read as a protocol, fewer as an attendance number, a letter and digits as today's
 * ticket code ("A010"); a code several units called today gives the list to choose from.
 */
async function find(query: string): Promise<string | ReportRow[] | ProtocolHit[] | undefined> {
  try {
    if (isTicketCode(query)) {
      const rows = await findByTicketCode(query);
      return rows.length === 1 ? attendanceHref(rows[0]!.attendanceId) : rows.length > 1 ? rows : undefined;
    }
    if (query.length >= 12) return await findProtocol(query);
    const attendance = Number(query);
    // 0, or a number past what an id can be, is no attendance: found nothing, not an error.
    if (!Number.isSafeInteger(attendance) || attendance < 1) return undefined;
    return attendanceHref((await getAttendance(attendance)).attendanceId);
  } catch (error) {
    // Not found, or a number the upstream refuses as an id: nothing found either way.
    if (isTatodeskErrorOf(error, 'not-found') || isTatodeskErrorOf(error, 'rejected')) return undefined;
    throw error;
  }
}

/**
 * A protocol: the appointment when Query Appointment knows it; otherwise what Search by protocol
 * finds across the account's platforms (a chat attendance, a ticket), said as such, not "not found".
 */
async function findProtocol(protocol: string): Promise<string | ProtocolHit[] | undefined> {
  try {
    return `/staff/appointments/${(await getAppointment(protocol)).protocol}`;
  } catch (error) {
    if (!isTatodeskErrorOf(error, 'not-found')) throw error;
  }
  const hits = await searchProtocol(protocol);
  const inPerson = hits.find((hit) => hit.platform === 'in-person');
  if (inPerson) return attendanceHref(inPerson.id);
  return hits.length ? hits : undefined;
}

const isHits = (found: ReportRow[] | ProtocolHit[]): found is ProtocolHit[] => 'platform' in (found[0] ?? {});

export default async function StaffFindPage(props: PageProps<'/staff'>) {
  await requireStaff();
  const [t, common, locale] = await Promise.all([
    getTranslations('staff.find'),
    getTranslations('common'),
    getLocale(),
  ]);
  const typed = readParam(await props.searchParams, 'q')
    ?.trim()
    .slice(0, 40);
  const query = typed && isTicketCode(typed) ? ticketCode(typed) : typed?.replace(/\s/g, '');
  const invalid = query !== undefined && query !== '' && !/^\d{1,30}$/.test(query) && !isTicketCode(query);
  const found = query && !invalid ? await find(query) : undefined;
  if (typeof found === 'string') redirect(found);
  const error = invalid ? t('invalid') : query && !found ? t('notFound') : undefined;
  return (
    <>
      <h1 className="heading-l">{t('title')}</h1>
      <form method="get" action="/staff" className="max-w-xl">
        <TextField
          id="q"
          label={t('query')}
          hint={t('queryHint')}
          input={{ name: 'q' }}
          defaultValue={typed}
          error={error}
          errorPrefix={common('errorPrefix')}
          autoComplete="off"
          width="max-w-[24ch]"
        />
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </form>
      {Array.isArray(found) && isHits(found) && (
        <section aria-labelledby="hits-title" className="mt-8">
          <h2 id="hits-title" className="heading-m">
            {t('elsewhere', { protocol: query! })}
          </h2>
          <DataTable
            caption={t('elsewhere', { protocol: query! })}
            headers={[t('platform'), t('status'), t('createdAt')]}
            rows={found.map((hit) => ({
              key: `${hit.platform}-${hit.id}`,
              cells: [t(`platforms.${hit.platform}`), hit.statusLabel, formatInstant(hit.createdAt, locale)],
            }))}
          />
        </section>
      )}
      {Array.isArray(found) && !isHits(found) && (
        <section aria-labelledby="matches-title" className="mt-8">
          <h2 id="matches-title" className="heading-m">
            {t('matches', { code: query! })}
          </h2>
          <ul className="list-disc space-y-2 pl-6">
            {found.map((row) => (
              <li key={row.attendanceId}>
                <a href={attendanceHref(row.attendanceId)}>
                  {row.code} · {row.unit.name} · {row.clientName}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
