import { getTranslations } from 'next-intl/server';
import { hasAccess } from '@/lib/appointments/access';
import { appointmentCalendar } from '@/lib/appointments/ics';
import { getAppointment, isTatodeskError } from '@/lib/tatodesk';

/** The appointment as an .ics file, for the citizen who may see it. */
export async function GET(_request: Request, context: RouteContext<'/appointments/[protocol]/calendar'>) {
  const { protocol } = await context.params;
  if (!(await hasAccess(protocol))) return new Response('Not found', { status: 404 });
  let appointment;
  try {
    appointment = await getAppointment(protocol);
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    return new Response(error.kind === 'not-found' ? 'Not found' : 'Unavailable, try again', {
      status: error.kind === 'not-found' ? 404 : 503,
    });
  }
  const t = await getTranslations('booking.confirmation');
  const body = appointmentCalendar(appointment, {
    summary: `${appointment.serviceType.name} · ${appointment.unit.name}`,
    description: [
      `${t('protocol')}: ${appointment.protocol}`,
      `${t('bring')}:`,
      ...appointment.serviceType.requiredDocuments.map((d) => `- ${d}`),
    ].join('\n'),
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="agendamento-${protocol}.ics"`,
      'cache-control': 'private, no-store',
    },
  });
}
