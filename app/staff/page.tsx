import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { TextField } from '@/components/ui/fields';
import { readParam } from '@/lib/booking/journey';
import { pageTitle } from '@/lib/page-title';
import { requireStaff } from '@/lib/staff/session';
import { getAppointment, getAttendance, isTatodeskErrorOf } from '@/lib/tatodesk';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('staff.find'))('title')), robots: { index: false } };
}

/** 14 digits read as a protocol, fewer as an attendance number. */
async function find(query: string): Promise<string | undefined> {
  try {
    if (query.length >= 12) return `/staff/appointments/${(await getAppointment(query)).protocol}`;
    return `/staff/attendances/${(await getAttendance(Number(query))).attendanceId}`;
  } catch (error) {
    if (isTatodeskErrorOf(error, 'not-found')) return undefined;
    throw error;
  }
}

export default async function StaffFindPage(props: PageProps<'/staff'>) {
  await requireStaff();
  const t = await getTranslations('staff.find');
  const common = await getTranslations('booking.common');
  const query = readParam(await props.searchParams, 'q')?.replace(/\s/g, '');
  const invalid = query !== undefined && query !== '' && !/^\d{1,30}$/.test(query);
  const found = query && !invalid ? await find(query) : undefined;
  if (found) redirect(found);
  const error = invalid ? t('invalid') : query ? t('notFound') : undefined;
  return (
    <>
      <h1 className="heading-l">{t('title')}</h1>
      <form method="get" action="/staff" className="max-w-xl">
        <TextField
          id="q"
          label={t('query')}
          hint={t('queryHint')}
          input={{ name: 'q' }}
          defaultValue={query}
          error={error}
          errorPrefix={common('errorPrefix')}
          inputMode="numeric"
          autoComplete="off"
          width="max-w-[24ch]"
        />
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </form>
    </>
  );
}
