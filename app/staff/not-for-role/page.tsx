import { getTranslations } from 'next-intl/server';
import { pageTitle } from '@/lib/i18n/page-title';
import { requireStaff } from '@/lib/staff/session';

/**
 * What a member meets on a staff page their role does not reach: the proxy answers such a page
 * with this one and a 403 (proxy.ts), and forbidden() in the page itself shows it too (forbidden.tsx).
 */
export default async function NotForRole() {
  await requireStaff();
  const t = await getTranslations('forbidden');
  return (
    <>
      <title>{await pageTitle(t('title'))}</title>
      <h1 className="heading-l">{t('title')}</h1>
      <p className="body-l mb-6">{t('body')}</p>
      <a href="/staff">{t('back')}</a>
    </>
  );
}
