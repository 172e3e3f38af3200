import { getLocale } from 'next-intl/server';
import { appointmentCalendar, calendarFactsOf } from '@/lib/appointments/ics';
import { accessibleAppointment } from '@/lib/appointments/load';

/** The appointment as an .ics file, for the citizen who may see it. */
export async function GET(_request: Request, context: RouteContext<'/appointments/[protocol]/calendar'>) {
  const { protocol } = await context.params;
  const found = await accessibleAppointment(protocol);
  if ('response' in found) return found.response;
  const body = appointmentCalendar(calendarFactsOf(found.appointment), await getLocale());
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="agendamento-${protocol}.ics"`,
      'cache-control': 'private, no-store',
    },
  });
}
