import { env } from '@/lib/env';
import type {
  TatodeskCategory,
  TatodeskCompany,
  TatodeskFormField,
  TatodeskServiceType,
  TatodeskUnit,
} from './contract/wire/catalogue';
import { fromWireDate } from './contract/wire/common';
import type { TatodeskReportRow } from './contract/wire/data';
import type { TatodeskAttendance } from './contract/wire/scheduling';
import { appointmentStatuses, BRASILIA } from './types';
import type {
  Appointment,
  AppointmentStatus,
  Category,
  Company,
  FormField,
  ReportRow,
  ServiceType,
  Unit,
} from './types';

export { fromWireDate, toWireDate } from './contract/wire/common';

/**
 * The account's status ids (TATODESK_STATUS_IDS; the seed states none). A status the account has
 * beyond them shows with the upstream's label, and counts as none of the product's.
 */
export const reshapeStatus = (id: number): AppointmentStatus => {
  const codes = env().tatodesk.codes.status;
  return appointmentStatuses.find((status) => codes[status] === id) ?? 'unknown';
};

export const toStatusId = (status: Exclude<AppointmentStatus, 'unknown'>): number =>
  env().tatodesk.codes.status[status];

export const reshapeCompany = (c: TatodeskCompany): Company => ({
  id: c.ID,
  name: c.name,
  offersScheduling: c.schedulingEnabled,
});

export const reshapeCategory = (c: TatodeskCategory): Category => ({
  id: c.ID,
  companyId: c.companyID,
  name: c.name,
  description: c.description,
});

export const reshapeServiceType = (t: TatodeskServiceType): ServiceType => ({
  id: t.ID,
  categoryId: t.categoryID,
  name: t.name,
  description: t.description,
  requiredDocuments: t.requiredDocuments,
  durationMinutes: t.durationMinutes,
});

export const reshapeUnit = (u: TatodeskUnit): Unit => ({
  id: u.ID,
  companyId: u.companyID,
  regionId: u.regionID,
  name: u.name,
  address: u.address,
  timeZone: u.timeZone ?? BRASILIA,
  phone: u.phone,
});

export const reshapeFormField = (f: TatodeskFormField): FormField => ({
  id: f.ID,
  key: f.key,
  label: f.label,
  type: f.type,
  required: f.required,
  hint: f.hint,
  minLength: f.minLength,
  maxLength: f.maxLength,
  min: f.min,
  max: f.max,
  decimals: f.decimals,
  options: f.options,
});

const minutes = (value: number | null | undefined) => value ?? undefined;

export const reshapeAppointment = (a: TatodeskAttendance): Appointment => ({
  attendanceId: a.attendanceID,
  protocol: a.protocol,
  code: a.attendanceCode,
  scheduled: a.scheduled,
  company: { id: a.companyID, name: a.companyName },
  unit: {
    id: a.attendanceUnitID,
    name: a.attendanceUnitName,
    address: a.address,
    timeZone: a.timeZone ?? BRASILIA,
  },
  serviceType: {
    id: a.attendanceTypeID,
    name: a.attendanceTypeName,
    requiredDocuments: a.requiredDocuments,
    durationMinutes: a.durationMinutes,
  },
  date: fromWireDate(a.date),
  time: a.hour,
  status: reshapeStatus(a.statusID),
  statusLabel: a.statusName,
  history: a.statusHistory.map((h) => ({ status: reshapeStatus(h.statusID), statusLabel: h.statusName, at: h.at })),
  waitingMinutes: minutes(a.waitingTime),
  serviceMinutes: minutes(a.attendanceTime),
  // A walk-in may have given no e-mail or phone: nothing to write to there.
  client: { ...a.client, email: a.client.email ?? '', phone: a.client.phone ?? '' },
  answers: a.form,
  attachments: a.attachments.map((f) => ({ name: f.name, url: f.url, addedAt: f.createdAt })),
  createdAt: a.createdAt,
});

export const reshapeReportRow = (r: TatodeskReportRow): ReportRow => ({
  attendanceId: r.attendanceID,
  protocol: r.protocol,
  code: r.attendanceCode,
  scheduled: r.scheduled,
  companyId: r.companyID,
  unit: { id: r.attendanceUnitID, name: r.attendanceUnitName },
  serviceType: { id: r.attendanceTypeID, name: r.attendanceTypeName },
  clientName: r.clientName,
  date: fromWireDate(r.date),
  time: r.hour,
  status: reshapeStatus(r.statusID),
  statusLabel: r.statusName,
  waitingMinutes: minutes(r.waitingTime),
  serviceMinutes: minutes(r.attendanceTime),
  answers: r.form,
});
