import { getLocale, getTranslations } from 'next-intl/server';
import { filterDayAction } from '@/app/staff/actions';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { QueryProvider } from '@/components/query-provider';
import { Choice } from '@/components/staff/choice';
import { DayList } from '@/components/staff/day-list';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, ErrorMessage, Hint } from '@/components/ui/field-parts';
import { BRASILIA } from '@/lib/format/time';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { unitZone } from '@/lib/i18n/zone-name';
import { dayQuerySchema, loadDay, todayInBrasilia, withSearch } from '@/lib/staff/day';
import { requireStaff } from '@/lib/staff/session';
import { unitGroups } from '@/lib/staff/units';
import { appointmentStatuses } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';

/** Minutes that are not a number ("dez"): said at the field and in the title, kept as typed, not applied. */
function typedWaiting(params: Awaited<PageProps<'/staff/day'>['searchParams']>) {
  const typed = readParam(params, 'waiting')?.trim() ?? '';
  return { typed, invalid: typed !== '' && dayQuerySchema.parse(params).waiting === undefined };
}

export async function generateMetadata(props: PageProps<'/staff/day'>) {
  const [t, common] = await Promise.all([getTranslations('staff.day'), getTranslations('common')]);
  const { invalid } = typedWaiting(await props.searchParams);
  return {
    title: await pageTitle(invalid ? `${common('errorPrefix')} ${t('title')}` : t('title')),
    robots: { index: false },
  };
}

/** The day at a unit: filters in the URL (a name searched for only as an id), the list refreshing itself. */
export default async function StaffDayPage(props: PageProps<'/staff/day'>) {
  await requireStaff();
  // The filters as the URL has them (a name search only as its id), for links and the refresh.
  const params = await props.searchParams;
  const query = dayQuerySchema.parse(params);
  const { typed, invalid: waitingError } = typedWaiting(params);
  query.date ??= todayInBrasilia();
  const { q: searched } = await withSearch(query);
  const [t, words, common] = await Promise.all([
    getTranslations('staff.day'),
    getTranslations('statuses'),
    getTranslations('common'),
  ]);
  const loaded = await attempt(async () => {
    const [{ companies, units }, day] = await Promise.all([unitGroups(query.company), loadDay(query)]);
    return { companies, units, day };
  });
  if (!loaded.ok) return <FailurePanel failure={loaded.failure} />;
  const { companies, units, day } = loaded.data;
  const unit = units.flatMap((group) => group.options).find((u) => u.id === query.unit);
  const timeZone = unit?.timeZone ?? BRASILIA;
  const zone = await unitZone(timeZone, await getLocale());

  return (
    <>
      <ErrorSummary
        title={common('errorSummaryTitle')}
        errors={waitingError ? [{ field: 'waiting', message: t('waitingInvalid') }] : []}
        submission={0}
      />
      <h1 className="heading-l">{t('title')}</h1>
      <form action={filterDayAction} className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Choice name="company" label={t('company')} value={query.company} groups={[{ options: companies }]} />
        <Choice name="unit" label={t('unit')} value={query.unit} groups={units} />
        <div>
          <label htmlFor="date" className="label">
            {t('date')}
          </label>
          <input id="date" name="date" type="date" defaultValue={query.date} className="input" />
        </div>
        <fieldset className="sm:col-span-2">
          <legend className="label">{t('status')}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {appointmentStatuses.map((s) => (
              <div key={s} className="radio">
                <input
                  id={`status-${s}`}
                  type="checkbox"
                  name="status"
                  value={s}
                  defaultChecked={query.status.includes(s)}
                />
                <label htmlFor={`status-${s}`}>{words(s)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="q" className="label">
            {t('search')}
          </label>
          <input id="q" name="q" type="search" defaultValue={searched} className="input" />
        </div>
        <div className={waitingError ? 'border-l-4 border-error pl-4' : ''}>
          <label htmlFor="waiting" className="label">
            {t('waiting')}
          </label>
          <Hint name="waiting">{t('waitingHint')}</Hint>
          <ErrorMessage
            name="waiting"
            prefix={common('errorPrefix')}
            message={waitingError ? t('waitingInvalid') : undefined}
          />
          <input
            id="waiting"
            name="waiting"
            type="text"
            inputMode="numeric"
            aria-describedby={describedBy('waiting', true, waitingError)}
            aria-invalid={waitingError || undefined}
            defaultValue={waitingError ? typed : query.waiting}
            className="input max-w-[8ch]"
          />
        </div>
        <div className="radio self-end">
          <input id="priority" name="priority" type="checkbox" value="1" defaultChecked={query.priority === '1'} />
          <label htmlFor="priority">{t('priority')}</label>
        </div>
        <div className="sm:col-span-2 lg:col-span-3">
          <button type="submit" className="button">
            {t('apply')}
          </button>
        </div>
      </form>
      <QueryProvider>
        <DayList query={query} initial={day} timeZone={timeZone} zone={zone} />
      </QueryProvider>
    </>
  );
}
