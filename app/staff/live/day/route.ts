import { liveAnswer } from '@/lib/live';
import { dayQuerySchema, loadDay } from '@/lib/staff/day';
import { currentStaff } from '@/lib/staff/session';

/** The day view's list with the URL's filters, asked again every 30 s. Refused (401) without a session. */
export async function GET(request: Request) {
  if (!(await currentStaff())) return Response.json({ error: 'signed-out' }, { status: 401 });
  return liveAnswer(request, dayQuerySchema, loadDay);
}
