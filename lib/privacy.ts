import 'server-only';
import { ACCESS_TTL_SECONDS } from '@/lib/appointments/access';
import { DRAFT_TTL_MS } from '@/lib/booking/draft-cookie';
import { DONE_MS } from '@/lib/booking/idempotency';
import { env } from '@/lib/env';

const HOUR_MS = 3_600_000;

/**
 * What the privacy notice says, from the configuration and from the code that keeps the data (so
 * that the hours it promises are the hours the store keeps): who holds the data, how to reach the
 * officer, on which basis, and for how long this app keeps anything itself.
 */
export function privacyFacts(organisation?: string) {
  const { controller, dpoName, dpoEmail, legalBasis, crmRetentionDays } = env().privacy;
  const recordsRequests = Boolean(env().requests.object || env().dataRequests.object);
  return {
    controller: controller ?? organisation,
    dpoName,
    dpoEmail,
    legalBasis,
    /** Citizens are asked their opinion after a visit (lib/survey). */
    survey: Boolean(env().survey.formId),
    /** The journey's steps go to Pulse, with no personal data (lib/pulse). */
    journeyEvents: Boolean(env().pulseApp),
    retention: {
      draftHours: DRAFT_TTL_MS / HOUR_MS,
      receiptHours: DONE_MS / HOUR_MS,
      accessHours: (ACCESS_TTL_SECONDS * 1000) / HOUR_MS,
      /** Requests recorded in the CRM, deleted by lib/requests/retention.ts after this many days. */
      requestDays: recordsRequests ? crmRetentionDays : undefined,
    },
  };
}
