import { z } from 'zod';
import { toView } from '@/lib/appointments/view';
import { liveAnswer } from '@/lib/live';
import { PROTOCOL_PATTERN } from '@/lib/protocol';
import { currentStaff } from '@/lib/staff/session';
import { getAppointment, getAttendance } from '@/lib/tatodesk';

const lookup = z.union([
  z.object({ protocol: z.string().regex(PROTOCOL_PATTERN) }),
  z.object({ attendance: z.coerce.number().int().positive() }),
]);

/** The appointment on a staff page, asked again every few seconds. Refused (401) without a session. */
export async function GET(request: Request) {
  if (!(await currentStaff())) return Response.json({ error: 'signed-out' }, { status: 401 });
  return liveAnswer(request, lookup, async (which) =>
    toView(await ('protocol' in which ? getAppointment(which.protocol) : getAttendance(which.attendance))),
  );
}
