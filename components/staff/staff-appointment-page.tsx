import 'server-only';
import { getLocale } from 'next-intl/server';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { QueryProvider } from '@/components/query-provider';
import { RequestAndSends } from '@/components/staff/sends';
import { StaffAppointment } from '@/components/staff/staff-appointment';
import { consentOf } from '@/lib/answers/consent';
import { answeredFields } from '@/lib/appointments/answered-fields';
import { toView } from '@/lib/appointments/view';
import { env } from '@/lib/env';
import { unitZone } from '@/lib/i18n/zone-name';
import { consentNow } from '@/lib/requests/withdrawals';
import { requireStaff } from '@/lib/staff/session';
import { getAppointment, getAttendance } from '@/lib/tatodesk';
import { attempt } from '@/lib/upstream';

/** The staff page for one appointment, found by protocol or by attendance number. */
export async function StaffAppointmentPage({ lookup }: { lookup: { protocol: string } | { attendanceId: number } }) {
  await requireStaff();
  const found = await attempt(() =>
    'protocol' in lookup ? getAppointment(lookup.protocol) : getAttendance(lookup.attendanceId),
  );
  if (!found.ok) return <FailurePanel failure={found.failure} />;
  const { timeZone } = found.data.unit;
  // The counter reads the unit's own clock; its zone is named where it is not Brasília's.
  // The service's questions, to show each answer as the form showed it (without them: as stored).
  // And the consent to phone messages as it stands (a withdrawal since booking included).
  const [zone, fields, consent] = await Promise.all([
    unitZone(timeZone, await getLocale()),
    answeredFields(found.data.serviceType.id),
    consentNow(found.data).catch(() => consentOf(found.data.answers)),
  ]);
  return (
    <>
      <QueryProvider>
        <StaffAppointment
          initial={toView(found.data)}
          fields={fields}
          consent={consent}
          lookup={lookup}
          refreshMs={env().staff.refreshMs}
          zone={zone}
        />
      </QueryProvider>
      <RequestAndSends appointment={found.data} />
    </>
  );
}
