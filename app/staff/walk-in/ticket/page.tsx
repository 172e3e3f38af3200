import { getLocale, getTranslations } from 'next-intl/server';
import { ProtocolQr } from '@/components/appointments/protocol-qr';
import { PrintButton } from '@/components/booking/print-button';
import { DeadEnd } from '@/components/feedback/dead-end';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { SummaryList } from '@/components/ui/summary-list';
import { hasPriority } from '@/lib/answers/priority-question';
import { formatInstant } from '@/lib/format';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { walkInUnder } from '@/lib/staff/register-walk-in';
import { requireStaff } from '@/lib/staff/session';
import { fromStore } from '@/lib/store';
import { getAttendance } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';

export const metadata = { robots: { index: false } };

/** The walk-in's ticket, one small printed page: the senha, large; protocol, service, unit, time issued, QR. */
export default async function WalkInTicketPage(props: PageProps<'/staff/walk-in/ticket'>) {
  await requireStaff();
  const ref = readParam(await props.searchParams, 'ref');
  const [t, priorityT, locale] = await Promise.all([
    getTranslations('staff.walkIn'),
    getTranslations('priority'),
    getLocale(),
  ]);
  const stored = await fromStore(ref && /^[0-9a-f-]{36}$/.test(ref) ? walkInUnder(ref) : Promise.resolve(undefined));
  if (!stored.ok) return <FailurePanel failure="store" />;
  const entry = stored.value;
  if (!entry) {
    return <DeadEnd title={t('ticketNoCode')} body={t('notFound')} href="/staff/walk-in" link={t('another')} />;
  }
  const found = await attempt(() => getAttendance(entry.attendanceId));
  if (!found.ok) return <FailurePanel failure={found.failure} />;
  const a = found.data;
  const code = a.code ?? entry.code;
  const title = code ? t('ticketTitle', { code }) : t('ticketNoCode');
  return (
    <>
      <title>{await pageTitle(title)}</title>
      <div className="mx-auto mb-8 max-w-md border-4 border-ink p-6 text-center print:m-0 print:max-w-none print:border-2 print:p-4">
        <h1 className="mb-2 text-5xl font-bold print:text-6xl">{title}</h1>
        {hasPriority(a.answers) && (
          // Called first at the counter, by law: said on the ticket, large, in words not colour alone.
          <p className="mb-4 border-2 border-ink p-2 text-2xl font-bold">{priorityT('receipt')}</p>
        )}
        <p className="mb-4 print:hidden">{t('ticketLead')}</p>
        <div className="mb-4 flex justify-center">
          <ProtocolQr protocol={a.protocol} />
        </div>
        <SummaryList
          rows={[
            { key: t('protocol'), value: <span className="font-mono">{a.protocol}</span> },
            { key: t('service'), value: a.serviceType.name },
            { key: t('unit'), value: a.unit.name },
            { key: t('issued'), value: formatInstant(a.createdAt, locale, a.unit.timeZone) },
          ]}
        />
      </div>
      <p className="flex flex-wrap items-center gap-6 print:hidden">
        <PrintButton label={t('print')} />
        <a href="/staff/walk-in">{t('another')}</a>
      </p>
    </>
  );
}
