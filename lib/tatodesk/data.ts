import { call } from './default-client';
import { reshapeReportRow, reshapeStatus, toStatusId, toWireDate } from './reshape';
import type { ProtocolHit, ReportPage, ReportQuery } from './types';

const platforms = { inPerson: 'in-person', digital: 'digital', ticket: 'ticket', other: 'other' } as const;

/** Data API: a protocol across Tatodesk's platforms (staff only: no second factor). */
export async function searchProtocol(protocol: string): Promise<ProtocolHit[]> {
  const { data } = await call()('searchByProtocol', { protocol });
  return data.map((hit) => ({
    platform: platforms[hit.platform],
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
