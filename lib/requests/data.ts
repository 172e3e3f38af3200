import 'server-only';
import { z } from 'zod';
import { revokeAccess } from '@/lib/appointments/access';
import { env } from '@/lib/env';
import { forgetLanguage } from '@/lib/notices/language';
import { enqueueSend } from '@/lib/notices/queue';
import { log } from '@/lib/ops/log';
import { acquireLock, store } from '@/lib/store';
import { createCrmRecord, type Appointment, type CrmRecord } from '@/lib/tatodesk';
import { acknowledgeRequest } from './acknowledge';
import type { WrittenFields } from './crm-fields';
import { dataRecordsAbout } from './data-records';

/**
 * "My data" (LGPD art. 18): the citizen asks to see, correct or delete what is held about them.
 * The API can do none of these itself, so the request is recorded where the organisation works (a
 * CRM object of its own, CRM_DATA_REQUESTS_OBJECT) and its data protection officer is told by
 * e-mail. What this app holds itself is erased at once on a deletion request, and the page says
 * exactly that, and what is left for the organisation to do in Tatodesk.
 */
export const dataRequestKinds = ['access', 'correction', 'deletion'] as const;
export type DataRequestKind = (typeof dataRequestKinds)[number];
export const DETAILS_MAX = 1000;

export type DataRequest = {
  id: string;
  protocol: string;
  kind: DataRequestKind;
  requestedAt: string;
  status: 'open' | 'done';
};

const recordFields = z.object({
  protocol: z.string().min(1),
  kind: z.enum(dataRequestKinds),
  requestedAt: z.iso.datetime({ offset: true }),
  status: z.enum(['open', 'done']),
});

const fromRecord = (record: CrmRecord): DataRequest | undefined => {
  const parsed = recordFields.safeParse(record.fields);
  return parsed.success ? { id: record.id, ...parsed.data } : undefined;
};

export const dataRequestsEnabled = () => Boolean(env().dataRequests.object);
const object = () => env().dataRequests.object!;

/** The open requests about this appointment, newest first. */
export async function openDataRequests(protocol: string): Promise<DataRequest[]> {
  if (!dataRequestsEnabled()) return [];
  return (await dataRecordsAbout(protocol))
    .map(fromRecord)
    .filter((r): r is DataRequest => r?.protocol === protocol && r.status === 'open')
    .sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt));
}

export type DataOutcome =
  | { kind: 'recorded'; request: DataRequest; created: boolean; /** The citizen was sent word of it. */ told?: boolean }
  | { kind: 'busy' };

/**
 * Records the request once per kind while it is open (asks for one appointment are made one at a
 * time across instances, each first reading the CRM); tells the officer; on deletion, erases at
 * once what this app keeps of the appointment and this browser's access to it.
 */
export async function requestAboutData(
  appointment: Appointment,
  ask: { kind: DataRequestKind; details?: string; language: string },
): Promise<DataOutcome> {
  const lock = await acquireLock(store(), `data-request:${appointment.protocol}`, { ttlMs: 15_000, waitMs: 5000 });
  if (!lock) return { kind: 'busy' };
  let outcome: DataOutcome;
  try {
    const existing = (await openDataRequests(appointment.protocol)).find((r) => r.kind === ask.kind);
    if (existing) {
      outcome = { kind: 'recorded', request: existing, created: false };
    } else {
      const record = await createCrmRecord(object(), {
        protocol: appointment.protocol,
        kind: ask.kind,
        details: ask.details?.trim().slice(0, DETAILS_MAX) || null,
        requestedAt: new Date().toISOString(),
        status: 'open',
        unitName: appointment.unit.name,
        language: ask.language,
      } satisfies WrittenFields<'dataRequests'>);
      const request = fromRecord(record)!;
      log.info({ protocol: appointment.protocol, kind: ask.kind, requestId: record.id }, 'data request recorded');
      await tellTheOfficer(appointment, request, ask.details);
      const told = await acknowledgeRequest(appointment, request, ask.language);
      outcome = { kind: 'recorded', request, created: true, told };
    }
  } finally {
    await lock.release().catch(() => undefined);
  }
  if (ask.kind === 'deletion') await eraseOwn(appointment.protocol);
  return outcome;
}

/** What this app keeps of an appointment beyond the store's own short lives: the language mark, and this browser's access. */
async function eraseOwn(protocol: string) {
  await forgetLanguage(protocol);
  await revokeAccess(protocol);
}

async function tellTheOfficer(appointment: Appointment, request: DataRequest, details?: string) {
  const to = env().privacy.dpoEmail;
  const template = env().dataRequests.emailTemplate;
  if (!to || !template)
    return log.warn({ protocol: appointment.protocol }, 'data request recorded, no officer to tell');
  await enqueueSend({
    protocol: appointment.protocol,
    kind: `data-${request.kind}`,
    channel: 'email',
    template,
    to,
    parameters: {
      protocol: appointment.protocol,
      request: request.kind,
      details: details?.trim().slice(0, DETAILS_MAX) ?? '',
      unit: appointment.unit.name,
      requestedAt: request.requestedAt,
    },
  });
}
