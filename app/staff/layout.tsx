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
          <a href="/staff">{t('nav.find')}</a>
          <a href="/staff/day">{t('nav.day')}</a>
          <a href="/staff/walk-in">{t('nav.walkIn')}</a>
          <a href="/staff/book">{t('nav.book')}</a>
          <a href="/staff/requests">{t('nav.requests')}</a>
          {staff.role === 'manager' && <a href="/staff/week">{t('nav.week')}</a>}
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
