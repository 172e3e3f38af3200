import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signOutAction } from '@/app/staff/actions';
import { ClientIntl } from '@/components/i18n/client-intl';
import { currentStaff } from '@/lib/staff/session';

export default async function StaffLayout({ children }: LayoutProps<'/staff'>) {
  const [t, staff] = await Promise.all([getTranslations('staff'), currentStaff()]);
  return (
    <>
      {staff && (
        <nav
          aria-label={t('title')}
          className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-2 border-b-2 border-border pb-4 print:hidden"
        >
          <Link href="/staff">{t('nav.find')}</Link>
          <Link href="/staff/day">{t('nav.day')}</Link>
          <Link href="/staff/walk-in">{t('nav.walkIn')}</Link>
          <Link href="/staff/book">{t('nav.book')}</Link>
          <Link href="/staff/requests">{t('nav.requests')}</Link>
          <span className="ml-auto text-secondary">{t('nav.signedInAs', { user: staff.user })}</span>
          <form action={signOutAction}>
            <button type="submit" className="cursor-pointer text-lg text-link underline">
              {t('nav.signOut')}
            </button>
          </form>
        </nav>
      )}
      <ClientIntl
        namespaces={[
          'staff',
          'statuses',
          'appointment',
          'booking.check',
          'booking.details',
          'common',
          'upstream',
          'priority',
        ]}
      >
        {children}
      </ClientIntl>
    </>
  );
}
