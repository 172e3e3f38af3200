import type { WireResponseOf } from '@/lib/tatodesk/contract/endpoints';
import { toWireDate } from '@/lib/tatodesk/contract/wire/common';
import { statusIDs } from '@/lib/tatodesk/contract/wire/scheduling';
import { formFields } from './dataset/form-fields';
import { statusNames } from './dataset/labels';
import type { SimAppointment } from './state';
import type { SimStore } from './store';

type WireAttendance = WireResponseOf<'queryAppointment'>['data'];
type WireReportRow = WireResponseOf<'inPersonReport'>['data'][number];

const at = (a: SimAppointment, statusID: number) => a.history.find((h) => h.statusID === statusID)?.at;
const minutesBetween = (from?: string, to?: string) =>
  from && to ? Math.round((Date.parse(to) - Date.parse(from)) / 60_000) : null;

/** Minutes waited (so far, for someone still waiting) and minutes served. */
export function times(a: SimAppointment, now: Date) {
  const stillWaiting = a.statusID === statusIDs.checkedIn ? now.toISOString() : undefined;
  return {
    waitingTime: minutesBetween(at(a, statusIDs.checkedIn), at(a, statusIDs.inService) ?? stillWaiting),
    attendanceTime: minutesBetween(at(a, statusIDs.inService), at(a, statusIDs.finished)),
  };
}

/** The fields an attendance and a report row share. */
function common(store: SimStore, a: SimAppointment) {
  return {
    attendanceID: a.attendanceID,
    protocol: a.protocol,
    attendanceCode: a.attendanceCode,
    scheduled: a.scheduled,
    companyID: a.companyID,
    attendanceUnitID: a.unitID,
    attendanceUnitName: store.unit(a.unitID).wire.name,
    attendanceTypeID: a.attendanceTypeID,
    attendanceTypeName: store.serviceType(a.attendanceTypeID).name,
    date: toWireDate(a.date),
    hour: a.hour,
    statusID: a.statusID,
    statusName: statusNames[a.statusID] ?? 'Desconhecido',
    ...times(a, store.now()),
  };
}

export function toWireAttendance(store: SimStore, a: SimAppointment): WireAttendance {
  const unit = store.unit(a.unitID);
  const type = store.serviceType(a.attendanceTypeID);
  const labels = new Map((formFields[a.attendanceTypeID] ?? []).map((f) => [f.key, f.label]));
  return {
    ...common(store, a),
    companyName: store.company(a.companyID).name,
    address: unit.wire.address,
    timeZone: unit.wire.timeZone,
    requiredDocuments: type.requiredDocuments,
    durationMinutes: type.durationMinutes,
    statusHistory: a.history.map((h) => ({
      statusID: h.statusID,
      statusName: statusNames[h.statusID] ?? '',
      at: h.at,
    })),
    client: a.client,
    form: a.form.map((f) => ({ ...f, label: labels.get(f.key) })),
    attachments: a.attachments,
    createdAt: a.createdAt,
  };
}

export function toWireReportRow(store: SimStore, a: SimAppointment): WireReportRow {
  return { ...common(store, a), clientName: a.client.name, form: a.form };
}
