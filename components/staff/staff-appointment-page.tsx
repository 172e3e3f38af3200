import 'server-only';
import { getLocale } from 'next-intl/server';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { QueryProvider } from '@/components/query-provider';
import { RequestAndSends } from '@/components/staff/sends';
import { StaffAppointment } from '@/components/staff/staff-appointment';
import { toView } from '@/lib/appointments/view';
import { env } from '@/lib/env';
import { requireStaff } from '@/lib/staff/session';
import { getAppointment, getAttendance } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';
import { unitZone } from '@/lib/zone-name';

/** The staff page for one appointment, found by protocol or by attendance number. */
export async function StaffAppointmentPage({ lookup }: { lookup: { protocol: string } | { attendanceId: number } }) {
  await requireStaff();
  const found = await attempt(() =>
    'protocol' in lookup ? getAppointment(lookup.protocol) : getAttendance(lookup.attendanceId),
  );
  if (!found.ok) return <FailurePanel failure={found.failure} />;
  const { timeZone } = found.data.unit;
  // The counter reads the unit's own clock; its zone is named where it is not Brasília's.
  const zone = await unitZone(timeZone, await getLocale());
  return (
    <>
      <QueryProvider>
        <StaffAppointment initial={toView(found.data)} lookup={lookup} refreshMs={env().staff.refreshMs} zone={zone} />
      </QueryProvider>
      <RequestAndSends appointment={found.data} />
    </>
  );
}
