import { env } from '@/lib/env';
import { minuteOperations } from './contract/seed';
import { call } from './default-client';
import { reshapeReportRow, reshapeStatus, toStatusId, toWireDate } from './reshape';
import type {
  DeliveryStatus,
  NotificationQuery,
  ProtocolHit,
  ReportPage,
  ReportQuery,
  SentNotification,
} from './types';

/** A delivery status by the account's ids (TATODESK_DELIVERY_STATUS_IDS; the seed states none). */
const deliveryStatus = (id: number): DeliveryStatus =>
  (Object.entries(env().tatodesk.codes.delivery).find(([, code]) => code === id)?.[0] as DeliveryStatus) ?? 'unknown';

const platforms: Record<string, ProtocolHit['platform']> = {
  inPerson: 'in-person',
  digital: 'digital',
  ticket: 'ticket',
};

/** Data API: a protocol across Tatodesk's platforms (staff only: no second factor). */
export async function searchProtocol(protocol: string): Promise<ProtocolHit[]> {
  const { data } = await call()('searchByProtocol', { protocol });
  return data.map((hit) => ({
    platform: platforms[hit.platform] ?? 'other',
    protocol: hit.protocol,
    id: hit.ID,
    status: reshapeStatus(hit.statusID),
    statusLabel: hit.statusName,
    createdAt: hit.createdAt,
  }));
}

/** Data API: one page of the In-Person Services Report. */
export async function getInPersonReport(q: ReportQuery): Promise<ReportPage> {
  const response = await call()('inPersonReport', {
    filter: {
      dateInitial: toWireDate(q.from),
      dateFinal: toWireDate(q.to),
      protocol: q.protocol,
      attendanceCode: q.code,
      companyIDs: q.companyIds,
      attendanceUnitIDs: q.unitIds,
      attendanceTypeIDs: q.serviceTypeIds,
      statusIDs: q.statuses?.map(toStatusId),
      waitingTime:
        q.waitedMoreThan === undefined ? undefined : { operation: minuteOperations.greater, value: q.waitedMoreThan },
      attendanceTime:
        q.servedMoreThan === undefined ? undefined : { operation: minuteOperations.greater, value: q.servedMoreThan },
      form: q.answer,
    },
    page: q.page,
    limit: q.limit,
  });
  return {
    rows: response.data.map(reshapeReportRow),
    page: response.page,
    limit: response.limit,
    total: response.total,
  };
}

/** Data API: one page of the Ad-hoc Notifications Report (what was sent, and whether it arrived). */
export async function getNotificationsReport(q: NotificationQuery) {
  const response = await call()('notificationsReport', {
    filter: {
      dateInitial: toWireDate(q.from),
      dateFinal: toWireDate(q.to),
      channels: q.channels,
      notificationIDs: q.ids,
      metadata: q.metadata,
    },
    page: q.page ?? 0,
    limit: q.limit,
  });
  const rows: SentNotification[] = response.data.map((n) => ({
    id: n.notificationID,
    channel: n.channel,
    templateId: n.templateID,
    status: deliveryStatus(n.statusID),
    statusLabel: n.statusName,
    sentAt: n.sentAt,
    updatedAt: n.updatedAt,
    metadata: n.metadata ?? {},
  }));
  return { rows, total: response.total };
}
