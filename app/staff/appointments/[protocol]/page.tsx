import { getTranslations } from 'next-intl/server';
import { StaffAppointmentPage } from '@/components/staff/staff-appointment-page';
import { notFoundPage } from '@/lib/http/not-found';
import { pageTitle } from '@/lib/i18n/page-title';
import { isProtocol } from '@/lib/protocol';

export async function generateMetadata(props: PageProps<'/staff/appointments/[protocol]'>) {
  const { protocol } = await props.params;
  return {
    title: await pageTitle((await getTranslations('staff.appointment'))('title', { protocol })),
    robots: { index: false },
  };
}

export default async function StaffProtocolPage(props: PageProps<'/staff/appointments/[protocol]'>) {
  const { protocol } = await props.params;
  if (!isProtocol(protocol)) notFoundPage();
  return <StaffAppointmentPage lookup={{ protocol }} />;
}
