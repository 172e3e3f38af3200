import { getLocale } from 'next-intl/server';
import { visitOf } from '@/lib/answers/dependant';
import { hasPriority } from '@/lib/answers/priority-question';
import { accessibleAppointment } from '@/lib/appointments/load';
import { staffAppointmentUrl } from '@/lib/http/public-url';
import { documentNames, receiptFactsOf } from '@/lib/receipt/facts';
import { receiptPdf } from '@/lib/receipt/pdf';

/**
 * The receipt as a PDF, for the citizen who may see the appointment: the same one-page receipt the
 * confirmation's messages carry, drawn from the appointment as Tatodesk has it now. The appointment
 * page links it, and the service worker keeps it readable offline (lib/offline/sw.ts).
 */
export async function GET(_request: Request, context: RouteContext<'/appointments/[protocol]/receipt'>) {
  const { protocol } = await context.params;
  const found = await accessibleAppointment(protocol);
  if ('response' in found) return found.response;
  const a = found.appointment;
  // An attendance with no scheduled time (a walk-in's) has no receipt: its page says what it is.
  if (!a.time) return new Response(null, { status: 303, headers: { location: `/appointments/${protocol}` } });
  const source = { ...a, time: a.time, priority: hasPriority(a.answers), visit: visitOf(a) };
  const facts = receiptFactsOf(source, await getLocale(), await staffAppointmentUrl(a.protocol));
  const body = await receiptPdf(facts);
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${documentNames(facts).pdf}"`,
      'cache-control': 'private, no-store',
    },
  });
}
