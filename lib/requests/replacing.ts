import 'server-only';
import { hasAccess } from '@/lib/appointments/access';
import { log } from '@/lib/ops/log';
import { isStoreUnavailable } from '@/lib/store';
import { getAppointment, isTatodeskError } from '@/lib/tatodesk';
import { requestRelease, type RequestOutcome } from './index';

/**
 * After the new appointment is booked (never before: a create that fails leaves the old one as it
 * was), the old one's release is requested and linked to the new protocol. Only for an appointment
 * this browser may see. A failure here is logged and shown on the confirmation, which offers the
 * old appointment's page to ask again; the new booking stands either way.
 */
export async function releaseReplaced(
  oldProtocol: string,
  newProtocol: string,
  language: string,
): Promise<RequestOutcome | undefined> {
  if (!(await hasAccess(oldProtocol))) return undefined;
  try {
    const old = await getAppointment(oldProtocol);
    const outcome = await requestRelease(old, { kind: 'reschedule', newProtocol, language });
    if (outcome.kind !== 'recorded')
      log.warn({ oldProtocol, newProtocol, outcome: outcome.kind }, 'old appointment not released');
    return outcome;
  } catch (error) {
    if (!isTatodeskError(error) && !isStoreUnavailable(error)) throw error;
    log.error({ oldProtocol, newProtocol, err: error.message }, 'release of the replaced appointment not requested');
    return undefined;
  }
}
