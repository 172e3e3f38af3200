import { getTranslations } from 'next-intl/server';
import { startBookingForCaller } from '@/app/staff/actions';
import { pageTitle } from '@/lib/i18n/page-title';
import { requireStaff } from '@/lib/staff/session';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('staff.onBehalf'))('title')), robots: { index: false } };
}

/** Booking for someone on the phone or at the counter: the citizen's journey, as this staff member. */
export default async function StaffBookPage() {
  await requireStaff();
  const t = await getTranslations('staff.onBehalf');
  return (
    <>
      <h1 className="heading-l">{t('title')}</h1>
      <p className="mb-4">{t('lead')}</p>
      <ul className="mb-8 list-disc space-y-2 pl-6">
        <li>{t('same')}</li>
        <li>{t('contact')}</li>
        <li>{t('readOut')}</li>
      </ul>
      <form action={startBookingForCaller}>
        <button type="submit" className="button">
          {t('start')}
        </button>
      </form>
    </>
  );
}
