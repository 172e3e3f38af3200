import { getLocale, getTranslations } from 'next-intl/server';
import { leaveWaitlist } from '@/app/waiting-list/actions';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { HelpLineNote } from '@/components/feedback/help-line';
import { Notice } from '@/components/ui/notice';
import { SummaryList } from '@/components/ui/summary-list';
import { formatPhone } from '@/lib/br/phone';
import { formatDate, formatInstant } from '@/lib/format';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { fromStore } from '@/lib/store';
import { placeInLine, readEntry } from '@/lib/waitlist/entries';

export const metadata = { robots: { index: false } };

/**
 * One place in a waiting list, at an address only its holder has: where it stands (how many are
 * ahead, or that a notice went out), that nothing is held, and the way to leave the list.
 */
export default async function WaitlistEntryPage(props: PageProps<'/waiting-list/[id]'>) {
  const [{ id }, search, t, locale] = await Promise.all([
    props.params,
    props.searchParams,
    getTranslations('waitlist'),
    getLocale(),
  ]);
  const read = await fromStore(
    readEntry(id).then(async (entry) => (entry ? { entry, ahead: await placeInLine(entry) } : undefined)),
  );
  if (!read.ok) return <FailurePanel failure="store" />;
  const title = <title>{await pageTitle(t('entryTitle'))}</title>;
  if (!read.value) {
    return (
      <>
        {title}
        <h1 className="heading-l">{t('entryTitle')}</h1>
        <p className="body-l mb-6">{readParam(search, 'left') === '1' ? t('left') : t('gone')}</p>
        <a href="/">{t('again')}</a>
      </>
    );
  }
  const { entry, ahead } = read.value;
  const date = (d: string) => formatDate(d, locale, 'long');
  const status =
    entry.state === 'notified' && entry.notified
      ? t('notified', { at: formatInstant(entry.notified.at, locale, entry.timeZone), date: date(entry.notified.date) })
      : t('waiting', { ahead });
  return (
    <>
      {title}
      <h1 className="heading-l">{t('entryTitle')}</h1>
      {readParam(search, 'joined') === '1' ? (
        <Notice title={t('joined')}>{status}</Notice>
      ) : (
        <p className="body-l mb-6">{status}</p>
      )}
      <p className="mb-6 border-l-4 border-brand pl-4 font-bold">{t('noHold')}</p>
      <SummaryList
        rows={[
          { key: t('service'), value: entry.service },
          { key: t('unit'), value: entry.unit },
          { key: t('range'), value: t('rangeValue', { from: date(entry.from), to: date(entry.to) }) },
          {
            key: t('contact'),
            value: entry.channel === 'email' ? entry.contact : t('contactPhone', { phone: formatPhone(entry.contact) }),
          },
        ]}
      />
      <p className="mb-6">{t('keepAddress')}</p>
      <form action={leaveWaitlist.bind(null, entry.id)} className="mb-6">
        <button type="submit" className="button">
          {t('leave')}
        </button>
      </form>
      <p className="mb-8">
        <a href={`/book/date?${entry.journey}`}>{t('chooseDay')}</a>
      </p>
      <HelpLineNote scope={{ unitId: entry.scope.unitId, companyId: entry.scope.companyId }} />
    </>
  );
}
