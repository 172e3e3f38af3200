import 'server-only';
import { UpstreamError } from '@/components/feedback/upstream-error';
import { QueryProvider } from '@/components/query-provider';
import { StaffAppointment } from '@/components/staff/staff-appointment';
import { env } from '@/lib/env';
import { getAppointment, getAttendance } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';
import { requireStaff } from '@/lib/staff/session';

/** The staff page for one appointment, found by protocol or by attendance number. */
export async function StaffAppointmentPage({ lookup }: { lookup: { protocol: string } | { attendanceId: number } }) {
  await requireStaff();
  const found = await attempt(() =>
    'protocol' in lookup ? getAppointment(lookup.protocol) : getAttendance(lookup.attendanceId),
  );
  if (!found.ok) return <UpstreamError failure={found.failure} />;
  return (
    <QueryProvider>
      <StaffAppointment initial={found.data} lookup={lookup} refreshMs={env().staff.refreshMs} />
    </QueryProvider>
  );
}
