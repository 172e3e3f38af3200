import { getTranslations } from 'next-intl/server';
import { StaffAppointmentPage } from '@/components/staff/staff-appointment-page';
import { notFoundPage } from '@/lib/http/not-found';
import { pageTitle } from '@/lib/i18n/page-title';

export async function generateMetadata(props: PageProps<'/staff/attendances/[id]'>) {
  const { id } = await props.params;
  return {
    title: await pageTitle((await getTranslations('staff.appointment'))('title', { protocol: id })),
    robots: { index: false },
  };
}

export default async function StaffAttendancePage(props: PageProps<'/staff/attendances/[id]'>) {
  const { id } = await props.params;
  if (!/^\d{1,12}$/.test(id)) notFoundPage();
  return <StaffAppointmentPage lookup={{ attendanceId: Number(id) }} />;
}
