import 'server-only';
import { lookupHref } from '@/lib/protocol';
import { getAppointment, isTatodeskError, type Appointment } from '@/lib/tatodesk';
import { failureResponse } from '@/lib/upstream';
import { hasAccess } from './access';

/**
 * The appointment behind a route handler, for a browser that may see it; otherwise the answer
 * to send: the lookup page (with the protocol filled in), or, when Tatodesk fails, the
 * appointment page, which says so calmly (a JSON caller gets the error kind instead).
 */
export async function accessibleAppointment(
  protocol: string,
  wantsJson = false,
): Promise<{ appointment: Appointment } | { response: Response }> {
  if (!(await hasAccess(protocol))) {
    if (wantsJson) return { response: Response.json({ error: 'not-found' }, { status: 404 }) };
    const lookup = lookupHref(protocol);
    return { response: new Response(null, { status: 303, headers: { location: lookup } }) };
  }
  try {
    return { appointment: await getAppointment(protocol) };
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    if (!wantsJson)
      return { response: new Response(null, { status: 303, headers: { location: `/appointments/${protocol}` } }) };
    return { response: failureResponse(error) };
  }
}
