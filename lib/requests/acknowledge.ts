import 'server-only';
import { getTranslations } from 'next-intl/server';
import { consentOf } from '@/lib/answers/consent';
import { formatInstant } from '@/lib/format';
import { isLocale } from '@/lib/i18n/config';
import { enqueueAcknowledgement } from '@/lib/notices/queue';
import { log } from '@/lib/ops/log';
import { consentNow } from '@/lib/requests/withdrawals';
import type { Appointment } from '@/lib/tatodesk';

/** The requests a citizen is told were received: a cancellation, and each "my data" request. */
export type ReceivedKind = 'cancel' | 'access' | 'correction' | 'deletion';

/**
 * Tells the citizen their request was received, on the channels they have (the phone only with
 * their consent as it stands): the team is told by its own message, the citizen by this one.
 * Whether anything was queued; a queue away loses only this message, never the request.
 */
export async function acknowledgeRequest(
  appointment: Appointment,
  request: { kind: ReceivedKind; requestedAt: string },
  language: string,
): Promise<boolean> {
  try {
    const locale = isLocale(language) ? language : 'pt-BR';
    const t = await getTranslations({ locale, namespace: 'received' });
    const consent = await consentNow(appointment).catch(() => consentOf(appointment.answers));
    const reach = await enqueueAcknowledgement({
      protocol: appointment.protocol,
      kind: `received-${request.kind}`,
      contact: { email: appointment.client.email, phone: appointment.client.phone, consent },
      language: locale,
      parameters: {
        name: appointment.client.name,
        protocol: appointment.protocol,
        request: t(`kinds.${request.kind}`),
        requestedAt: formatInstant(request.requestedAt, locale, appointment.unit.timeZone),
        service: appointment.serviceType.name,
        unit: appointment.unit.name,
        language: locale,
      },
    });
    return Object.values(reach).some(Boolean);
  } catch (error) {
    log.warn({ protocol: appointment.protocol, err: (error as Error).message }, 'request not acknowledged');
    return false;
  }
}
