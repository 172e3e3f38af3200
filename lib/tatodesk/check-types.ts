import type { AssumptionId } from './contract/assumptions';
import type { EndpointName, RequestOf, ResponseOf } from './contract/endpoints';

/** What `npm run tatodesk:check` takes and answers (check.ts), shared with its assumption probes. */
export type CheckOptions = {
  baseUrl: string;
  apiKey: string;
  /** A protocol to query (Query Appointment, Search by protocol, Get In-Person Service). */
  protocol?: string;
  /** The CRM objects the product reads (cancellation and data requests), when configured. */
  crmObjects?: string[];
  /** The Contact Center groups configured for the help line (HELP_LINE_GROUPS), when any. */
  helpLineGroups?: number[];
  /** The app name the journey's events go to Pulse under (PULSE_APP), when configured. */
  pulseApp?: string;
  /** The survey form citizens answer after a visit (SURVEY_FORM_ID), when configured. */
  surveyFormId?: number;
  /** Where each raw answer is saved, redacted; none when absent. */
  saveTo?: string;
  /** The only writes ever made: one send per channel to these test addresses, with these templates. */
  write?: {
    email?: { to: string; templateId: string };
    whatsapp?: { phone: string; templateId: string };
    sms?: { phone: string; templateId: string };
    /**
     * A document uploaded first (the media upload) and carried as the confirmation carries the
     * receipt (NOTIFY_RECEIPT): in the WhatsApp template's header, attached to the e-mail.
     */
    document?: { bytes: Uint8Array; name: string; type: string };
  };
  /** Today, as the report is asked for it (YYYY-MM-DD). */
  today: string;
  /** The product's settings for what the seed does not state (TATODESK_STATUS_IDS, …), to check against the account. */
  codes: { status: Record<string, number>; delivery: Record<string, number> };
  /** The fields the product writes in each configured CRM object. */
  crmFields?: Record<string, readonly string[]>;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

export type CheckLine = {
  endpoint: EndpointName;
  title: string;
  path: string;
  /**
   * For an endpoint: OK, 404, a broken shape, failed, skipped. For an assumption of the product's
   * (`assumption` set): OK, `wrong` (to correct: the account answers otherwise than the product
   * relies on), `noted` (the account answers otherwise, and the product copes), skipped.
   */
  outcome: 'ok' | 'not-found' | 'shape' | 'failed' | 'skipped' | 'wrong' | 'noted';
  /** What was wrong: the failing fields and values, the status, or why it was not called. */
  detail?: string;
  /** The assumption this line proves (docs/tatodesk-contract.md, "Assumptions"). */
  assumption?: AssumptionId;
};

export type Asked<N extends EndpointName> = {
  outcome: CheckLine['outcome'];
  detail?: string;
  data?: ResponseOf<N>;
  /** The HTTP status, when there was an answer. */
  status?: number;
};
export type Ask = <N extends EndpointName>(name: N, body: RequestOf<N>) => Promise<Asked<N>>;
