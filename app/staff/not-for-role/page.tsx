import { getTranslations } from 'next-intl/server';
import { DeadEnd } from '@/components/feedback/dead-end';
import { requireStaff } from '@/lib/staff/session';

/**
 * What a member meets on a staff page their role does not reach: the proxy answers such a page
 * with this one and a 403 (proxy.ts); requireStaff sends here a member that a page missing from
 * the proxy's list (pageRoles) turns away.
 */
export default async function NotForRole() {
  await requireStaff();
  const t = await getTranslations('forbidden');
  return <DeadEnd title={t('title')} body={t('body')} href="/staff" link={t('back')} />;
}
