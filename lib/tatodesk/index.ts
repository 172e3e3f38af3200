import 'server-only';
import { env } from '@/lib/env';
import { call } from './default-client';
import {
  fromWireDate,
  reshapeAppointment,
  reshapeCategory,
  reshapeCompany,
  reshapeFormField,
  reshapeServiceType,
  reshapeUnit,
  toWireDate,
} from './reshape';
import type { Answer, AvailableDate, Client, Created, PeriodAvailability, Slot } from './types';

export * from './types';
export { TatodeskError, isTatodeskError, isTatodeskErrorOf, type TatodeskErrorKind } from './errors';

/** True when the app runs on the demonstration simulator, not on a Tatodesk account. */
export const isDemo = (): boolean => env().tatodesk.mode === 'simulator';

// Catalogue (the organisation's set-up)

export async function listCompanies() {
  const { data } = await call()('listCompaniesByUser', {});
  return data.map(reshapeCompany);
}

export async function listSchedulingCompanies() {
  return (await listCompanies()).filter((company) => company.offersScheduling);
}

export async function listUnits(companyIds?: number[]) {
  const { data } = await call()('listUnitsByUser', { companyIDs: companyIds });
  return data.map(reshapeUnit);
}

export async function listClassifications(companyId: number) {
  const { data } = await call()('listClassifications', { companyID: companyId });
  return data.map((c) => ({ id: c.ID, companyId: c.companyID, name: c.name }));
}

export async function listCategories(companyId: number, classificationId?: number) {
  const { data } = await call()('listCategories', { companyID: companyId, classificationID: classificationId });
  return data.map(reshapeCategory);
}

export async function listServiceTypes(categoryId: number) {
  const { data } = await call()('listServiceTypes', { categoryID: categoryId });
  return data.map(reshapeServiceType);
}

export async function listFormFields(serviceTypeId: number) {
  const { data } = await call()('listFormFields', { attendanceTypeID: serviceTypeId });
  return data.map(reshapeFormField);
}

// The scheduling chain, in the order a citizen walks it

export async function listCustomLinkCompanies(token: string) {
  const { data } = await call()('listCustomLinkCompanies', { token });
  return data.map(reshapeCompany);
}

export async function listCustomLinkCategories(token: string) {
  const { data } = await call()('listCustomLinkCategories', { token });
  return data.map(reshapeCategory);
}

export async function listSchedulingCategories(companyId: number) {
  const { data } = await call()('listSchedulingCategories', { companyID: companyId });
  return data.map(reshapeCategory);
}

export async function listSchedulingServiceTypes(categoryId: number) {
  const { data } = await call()('listSchedulingServiceTypes', { categoryID: categoryId });
  return data.map(reshapeServiceType);
}

export async function listRegions(serviceTypeIds: number[]) {
  const { data } = await call()('listSchedulingRegions', { attendanceTypeIDs: serviceTypeIds });
  return data.map((r) => ({ id: r.ID, name: r.name }));
}

export async function listSchedulingUnits(serviceTypeId: number, regionId: number) {
  const { data } = await call()('listSchedulingUnits', { attendanceTypeID: serviceTypeId, regionID: regionId });
  return data.map(reshapeUnit);
}

type SlotScope = { unitId: number; serviceTypeId: number };
const scope = (s: SlotScope) => ({ attendanceUnitID: s.unitId, attendanceTypeID: s.serviceTypeId });

export async function listDates(s: SlotScope): Promise<AvailableDate[]> {
  const { data } = await call()('listSchedulingDates', scope(s));
  // Any order the account answers in, days in calendar order.
  return data
    .map((d) => ({ date: fromWireDate(d.date), vacancies: d.vacancies }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export async function listPeriods(s: SlotScope & { date: string }): Promise<PeriodAvailability[]> {
  const { data } = await call()('listSchedulingPeriods', { ...scope(s), date: toWireDate(s.date) });
  return data.map((p) => ({ id: p.periodID, name: p.name, vacancies: p.vacancies }));
}

/** The free times of one period, by the id List Periods gave it. */
export async function listSlots(s: SlotScope & { date: string; periodId: number }): Promise<Slot[]> {
  const { data } = await call()('listSchedulingHours', {
    ...scope(s),
    date: toWireDate(s.date),
    periodID: s.periodId,
  });
  return data.map((h) => ({ time: h.hour, vacancies: h.vacancies })).sort((a, b) => a.time.localeCompare(b.time));
}

type NewAttendance = SlotScope & { companyId: number; client: Client; answers: Answer[] };
/** Someone at the counter: an e-mail and a phone only when given. */
export type WalkInClient = Pick<Client, 'name' | 'cpf'> & Partial<Pick<Client, 'email' | 'phone'>>;
const created = ({ data }: { data: { attendanceID: number; protocol: string; attendanceCode?: string } }): Created => ({
  attendanceId: data.attendanceID,
  protocol: data.protocol,
  code: data.attendanceCode,
});

/** Never retried: a second create could book twice. Idempotency lives above this call. */
export async function createAppointment(a: NewAttendance & { date: string; time: string }) {
  return created(
    await call()('createAppointment', {
      ...scope(a),
      companyID: a.companyId,
      date: toWireDate(a.date),
      hour: a.time,
      client: reachable(a.client),
      form: a.answers,
    }),
  );
}

/** A walk-in attendance, with no appointment time. */
export async function createWalkIn(a: Omit<NewAttendance, 'client'> & { client: WalkInClient }) {
  return created(
    await call()('createInPersonService', {
      ...scope(a),
      companyID: a.companyId,
      client: reachable(a.client),
      form: a.answers,
    }),
  );
}

/** The client as sent: an e-mail and a phone only when given (an empty one is none). */
function reachable({ name, cpf, email, phone }: WalkInClient) {
  return { name, cpf, ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}

// After booking

export async function getAppointment(protocol: string) {
  const { data } = await call()('queryAppointment', { protocol });
  return reshapeAppointment(data);
}

export async function getAttendance(attendanceId: number) {
  const { data } = await call()('getInPersonService', { attendanceID: attendanceId });
  return reshapeAppointment(data);
}

export async function addAttachments(protocol: string, files: { name: string; url: string }[]) {
  const { data } = await call()('addAttachments', { protocol, attachments: files });
  return data.attachments.map((f) => ({ name: f.name, url: f.url, addedAt: f.createdAt }));
}

export { searchProtocol, getInPersonReport, getNotificationsReport } from './data';
export { listCrmRecords, findCrmRecords, createCrmRecord, editCrmRecord, deleteCrmRecord } from './crm';
export { upstreamNow } from './clock';
export { getSurveyForm, registerSurveyAnswers } from './survey';
export { createPulseSession, registerPulseEvent } from './pulse';
export { sendEmail, sendWhatsApp, sendSms, uploadMedia } from './notifications';
export {
  listServiceSchedules,
  listScheduleExceptions,
  type OpeningHours,
  type ScheduleException,
} from './contact-center';
export { everyPage, type Page } from './pages';
