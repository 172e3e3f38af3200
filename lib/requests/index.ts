import 'server-only';
import { z } from 'zod';
import { env } from '@/lib/env';
import { enqueueSend } from '@/lib/notices/queue';
import { log } from '@/lib/ops/log';
import { acquireLock, store } from '@/lib/store';
import {
  createCrmRecord,
  editCrmRecord,
  getAppointment,
  findCrmRecords,
  type Appointment,
  type CrmRecord,
} from '@/lib/tatodesk';
import { acknowledgeRequest } from './acknowledge';
import { REASON_MAX } from './cancel-form';
import type { WrittenFields } from './crm-fields';

/**
 * What a citizen asks that the API cannot do itself (give a place back, with or without a new
 * time): recorded in the organisation's CRM, where its team works, until someone there cancels the
 * appointment in Tatodesk and marks the request done. The product says "requested" meanwhile.
 */
export type ReleaseKind = 'cancel' | 'reschedule';
export type ReleaseRequest = {
  id: string;
  protocol: string;
  kind: ReleaseKind;
  reason?: string;
  requestedAt: string;
  status: 'open' | 'done';
  /** The appointment booked in its place (a new time). */
  newProtocol?: string;
  unitName?: string;
  date?: string;
  time?: string;
  doneAt?: string;
  doneBy?: string;
};

const optionalText = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => v || undefined);
const requestFields = z.object({
  protocol: z.string().min(1),
  kind: z.enum(['cancel', 'reschedule']),
  reason: optionalText,
  requestedAt: z.iso.datetime({ offset: true }),
  status: z.enum(['open', 'done']),
  newProtocol: optionalText,
  unitName: optionalText,
  appointmentDate: optionalText,
  appointmentTime: optionalText,
  doneAt: optionalText,
  doneBy: optionalText,
});

/** A record of the object as ours, or nothing (another system's record, or one edited by hand beyond use). */
function fromRecord(record: CrmRecord): ReleaseRequest | undefined {
  const parsed = requestFields.safeParse(record.fields);
  if (!parsed.success) return undefined;
  const f = parsed.data;
  return {
    id: record.id,
    protocol: f.protocol,
    kind: f.kind,
    reason: f.reason,
    requestedAt: f.requestedAt,
    status: f.status,
    newProtocol: f.newProtocol,
    unitName: f.unitName,
    date: f.appointmentDate,
    time: f.appointmentTime,
    doneAt: f.doneAt,
    doneBy: f.doneBy,
  };
}

/** Statuses nothing more can be asked about. */
const CLOSED = new Set(['finished', 'no-show', 'cancelled']);
export const acceptsRequests = (a: Pick<Appointment, 'status'>) => requestsEnabled() && !CLOSED.has(a.status);
export const requestsEnabled = () => Boolean(env().requests.object);
const object = () => env().requests.object!;

export { REASON_MAX } from './cancel-form';

/** The request about an appointment, the latest if someone made more than one by hand. */
export async function findRequest(protocol: string): Promise<ReleaseRequest | undefined> {
  if (!requestsEnabled()) return undefined;
  const records = await findCrmRecords(object(), {
    where: [['protocol', 'eq', protocol]],
    sort: { field: 'requestedAt', order: 'desc' },
  });
  return records.map(fromRecord).find(Boolean);
}

/** The open requests, oldest first, a page at a time (the CRM's own paging is not relied on). */
export async function openRequests(page = 0, limit = 50) {
  const records = await findCrmRecords(object(), {
    where: [['status', 'eq', 'open']],
    sort: { field: 'requestedAt', order: 'asc' },
  });
  const requests = records.map(fromRecord).filter((r): r is ReleaseRequest => Boolean(r));
  return { requests: requests.slice(page * limit, (page + 1) * limit), total: requests.length };
}

export type RequestOutcome =
  | {
      kind: 'recorded';
      request: ReleaseRequest;
      created: boolean;
      /** The citizen was sent word that the request was received (a cancellation just recorded). */
      told?: boolean;
    }
  | { kind: 'closed' }
  | { kind: 'busy' };

const LOCK_MS = 15_000;

/**
 * Records the request once: a second ask (a double click, another tab, a new time chosen after
 * asking to cancel) finds the first and, for a new time, links it. Requests for one appointment
 * are made one at a time across instances, and each first reads what the CRM holds, so a create
 * whose answer was lost is found by the next ask rather than made again.
 */
export async function requestRelease(
  appointment: Appointment,
  ask: { kind: ReleaseKind; reason?: string; newProtocol?: string; language: string },
): Promise<RequestOutcome> {
  if (!acceptsRequests(appointment)) return { kind: 'closed' };
  const lock = await acquireLock(store(), `release-request:${appointment.protocol}`, { ttlMs: LOCK_MS, waitMs: 5000 });
  if (!lock) return { kind: 'busy' };
  try {
    const existing = await findRequest(appointment.protocol);
    if (existing) {
      if (ask.newProtocol && existing.newProtocol !== ask.newProtocol && existing.status === 'open') {
        const linked = fromRecord(
          await editCrmRecord(object(), existing.id, { kind: 'reschedule', newProtocol: ask.newProtocol }),
        );
        return { kind: 'recorded', request: linked ?? existing, created: false };
      }
      return { kind: 'recorded', request: existing, created: false };
    }
    const record = await createCrmRecord(object(), {
      protocol: appointment.protocol,
      kind: ask.kind,
      reason: ask.reason?.trim().slice(0, REASON_MAX) || null,
      requestedAt: new Date().toISOString(),
      status: 'open',
      newProtocol: ask.newProtocol ?? null,
      unitName: appointment.unit.name,
      appointmentDate: appointment.date,
      appointmentTime: appointment.time ?? null,
      language: ask.language,
    } satisfies WrittenFields<'requests'>);
    const request = fromRecord(record)!;
    log.info({ protocol: appointment.protocol, kind: ask.kind, requestId: record.id }, 'release requested');
    await tellTheTeam(appointment, request);
    // A new time's release is told by the new booking's own confirmation; a cancellation by this.
    const told =
      request.kind === 'cancel'
        ? await acknowledgeRequest(appointment, { kind: 'cancel', requestedAt: request.requestedAt }, ask.language)
        : false;
    return { kind: 'recorded', request, created: true, told };
  } finally {
    await lock.release().catch(() => undefined);
  }
}

/** The organisation's team hears of a new request by e-mail, through the durable send queue. */
async function tellTheTeam(appointment: Appointment, request: ReleaseRequest) {
  const { emailTo, emailTemplate } = env().requests;
  if (!emailTo || !emailTemplate) return;
  await enqueueSend({
    protocol: appointment.protocol,
    kind: `request-${request.kind}`,
    channel: 'email',
    template: emailTemplate,
    to: emailTo,
    parameters: {
      protocol: appointment.protocol,
      request: request.kind,
      reason: request.reason ?? '',
      newProtocol: request.newProtocol ?? '',
      unit: appointment.unit.name,
      date: appointment.date,
      time: appointment.time ?? '',
    },
  });
}

export type DoneOutcome = { kind: 'done' } | { kind: 'still-scheduled' } | { kind: 'not-found' };

/**
 * Staff mark a request done once they have cancelled the appointment in Tatodesk: while Tatodesk
 * still holds it as scheduled, the request stays open (the citizen would otherwise be told nothing true).
 */
export async function markDone(id: string, protocol: string, staffUser: string): Promise<DoneOutcome> {
  const request = await findRequest(protocol);
  if (!request || request.id !== id) return { kind: 'not-found' };
  if (request.status === 'done') return { kind: 'done' };
  const appointment = await getAppointment(protocol);
  if (appointment.status === 'scheduled') return { kind: 'still-scheduled' };
  await editCrmRecord(object(), id, { status: 'done', doneAt: new Date().toISOString(), doneBy: staffUser });
  log.info({ protocol, requestId: id }, 'release request marked done');
  return { kind: 'done' };
}
