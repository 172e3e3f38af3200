import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { signInAction } from '@/app/staff/actions';
import { SignInForm } from '@/components/staff/sign-in-form';
import { Notice } from '@/components/ui/notice';
import { env } from '@/lib/env';
import { safeReturnPath } from '@/lib/http/safe-return';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { currentStaff } from '@/lib/staff/session';

export async function generateMetadata() {
  return { title: await pageTitle((await getTranslations('staff.signIn'))('title')), robots: { index: false } };
}

export default async function SignInPage(props: PageProps<'/staff/sign-in'>) {
  const next = safeReturnPath(readParam(await props.searchParams, 'next'));
  if (await currentStaff()) redirect(next.startsWith('/staff') ? next : '/staff');
  const t = await getTranslations('staff.signIn');
  return (
    <>
      <h1 className="heading-l">{t('title')}</h1>
      {env().staff.accounts.size === 0 ? (
        <Notice title={t('title')}>{t('noAccounts')}</Notice>
      ) : (
        <SignInForm next={next} action={signInAction} />
      )}
    </>
  );
}
