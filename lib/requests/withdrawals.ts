import 'server-only';
import { z } from 'zod';
import { consentOf, type Consent } from '@/lib/answers/consent';
import { env } from '@/lib/env';
import { log } from '@/lib/ops/log';
import { createCrmRecord, type Answer } from '@/lib/tatodesk';
import type { WrittenFields } from './crm-fields';
import { dataRecordsAbout } from './data-records';

/**
 * A citizen withdraws their consent to messages on the phone (LGPD art. 8 §5: as easy as giving
 * it). Tatodesk keeps the consent as an answer the API cannot change, so the withdrawal is recorded
 * beside the "my data" requests (CRM_DATA_REQUESTS_OBJECT, kind `withdrawal`, done at once), and
 * everything that reads the consent to send reads it through `consentNow`.
 */
const WITHDRAWAL = 'withdrawal';
const phoneChannels = ['whatsapp', 'sms'] as const;

const withdrawalFields = z.object({ protocol: z.string(), kind: z.literal(WITHDRAWAL), details: z.string().nullish() });

const object = () => env().dataRequests.object;

/** The phone channels withdrawn for this appointment, as the CRM records say. */
async function withdrawnChannels(protocol: string): Promise<Set<string>> {
  const records = await dataRecordsAbout(protocol);
  return new Set(
    records.flatMap((record) => {
      // Each record checked, whatever the filter did (docs/tatodesk-contract.md, crm-filters).
      const parsed = withdrawalFields.safeParse(record.fields);
      if (!parsed.success || parsed.data.protocol !== protocol) return [];
      return (parsed.data.details ?? '').split(/[\s,]+/).filter(Boolean);
    }),
  );
}

/** The consent to phone messages as it stands: what was given at booking, less what was withdrawn since. */
export async function consentNow(appointment: { protocol: string; answers: readonly Answer[] }): Promise<Consent> {
  const given = consentOf(appointment.answers);
  if (!given.whatsapp && !given.sms) return given;
  const withdrawn = await withdrawnChannels(appointment.protocol);
  return { whatsapp: given.whatsapp && !withdrawn.has('whatsapp'), sms: given.sms && !withdrawn.has('sms') };
}

/** Whether withdrawals can be recorded here (the "my data" CRM object is set). */
export const withdrawalsEnabled = () => Boolean(object());

/** Records that no message is to go to the phone about this appointment any more: every phone channel. */
export async function withdrawConsent(appointment: { protocol: string; unit: { name: string } }, language: string) {
  const crm = object();
  if (!crm) throw new Error('withdrawal without CRM_DATA_REQUESTS_OBJECT');
  const record = await createCrmRecord(crm, {
    protocol: appointment.protocol,
    kind: WITHDRAWAL,
    details: phoneChannels.join(' '),
    requestedAt: new Date().toISOString(),
    status: 'done',
    unitName: appointment.unit.name,
    language,
  } satisfies WrittenFields<'dataRequests'>);
  log.info({ protocol: appointment.protocol, requestId: record.id }, 'consent to phone messages withdrawn');
}
