import type { EndpointName } from '@/lib/tatodesk/contract/endpoints';
import { fromWireDate, toWireDate } from '@/lib/tatodesk/contract/wire/common';
import { bookableDays, hoursOf } from '../calendar';
import { categories, classifications, companies, regions, serviceTypes } from '../dataset/catalogue';
import { formFields } from '../dataset/form-fields';
import { periodNames } from '../dataset/labels';
import { units } from '../dataset/units';
import { invalid } from '../errors';
import { contactCenterHandlers } from './contact-center';
import { crmHandlers } from './crm';
import { dataHandlers } from './data';
import { messageHandlers } from './messages';
import { pulseHandlers } from './pulse';
import { surveyHandlers } from './survey';
import type { Handlers } from './types';
import { toWireAttendance } from '../wire-shapes';

const wire = <T>(record: { wire: T }) => record.wire;
const schedulable = (attendanceTypeID: number) => units.some((u) => u.attendanceTypeIDs.includes(attendanceTypeID));

/** Categories and types the citizen can book: only those some unit offers. */
const schedulingCategories = (companyID: number) =>
  categories.filter(
    (c) => c.wire.companyID === companyID && serviceTypes.some((t) => t.categoryID === c.wire.ID && schedulable(t.ID)),
  );

const schedulingHandlers: Handlers<
  Exclude<
    EndpointName,
    | keyof typeof dataHandlers
    | keyof typeof crmHandlers
    | keyof typeof messageHandlers
    | keyof typeof contactCenterHandlers
    | keyof typeof surveyHandlers
    | keyof typeof pulseHandlers
  >
> = {
  listCompaniesByUser: () => ({ data: companies }),
  listUnitsByUser: (_, { companyIDs }) => ({
    data: units.filter((u) => !companyIDs?.length || companyIDs.includes(u.wire.companyID)).map(wire),
  }),
  listClassifications: (store, { companyID }) => {
    store.company(companyID);
    return { data: classifications.filter((c) => c.companyID === companyID) };
  },
  listCategories: (store, { companyID, classificationID }) => {
    store.company(companyID);
    const found = categories.filter(
      (c) => c.wire.companyID === companyID && (!classificationID || c.classificationID === classificationID),
    );
    return { data: found.map(wire) };
  },
  listServiceTypes: (store, { categoryID }) => {
    store.category(categoryID);
    return { data: serviceTypes.filter((t) => t.categoryID === categoryID) };
  },
  listFormFields: (store, { attendanceTypeID }) => {
    store.serviceType(attendanceTypeID);
    return { data: formFields[attendanceTypeID] ?? [] };
  },
  createInPersonService: (store, body) => {
    const a = store.walkIn({
      companyID: body.companyID,
      unitID: body.attendanceUnitID,
      attendanceTypeID: body.attendanceTypeID,
      client: body.client,
      form: body.form,
    });
    return { data: { attendanceID: a.attendanceID, protocol: a.protocol, attendanceCode: a.attendanceCode } };
  },
  listCustomLinkCompanies: (store, { token }) => {
    const link = store.customLink(token);
    return { data: companies.filter((c) => link.companyIDs.includes(c.ID)) };
  },
  listCustomLinkCategories: (store, { token }) => {
    const link = store.customLink(token);
    return { data: categories.filter((c) => link.categoryIDs.includes(c.wire.ID)).map(wire) };
  },
  listSchedulingCategories: (store, { companyID }) => {
    store.company(companyID);
    return { data: schedulingCategories(companyID).map(wire) };
  },
  listSchedulingServiceTypes: (store, { categoryID }) => {
    store.category(categoryID);
    return { data: serviceTypes.filter((t) => t.categoryID === categoryID && schedulable(t.ID)) };
  },
  listSchedulingRegions: (store, { attendanceTypeIDs }) => {
    attendanceTypeIDs.forEach((id) => store.serviceType(id));
    const regionIDs = new Set(
      units.filter((u) => u.attendanceTypeIDs.some((t) => attendanceTypeIDs.includes(t))).map((u) => u.wire.regionID),
    );
    return { data: regions.filter((r) => regionIDs.has(r.ID)).map(({ ID, name }) => ({ ID, name })) };
  },
  listSchedulingUnits: (store, { attendanceTypeID, regionID }) => {
    store.serviceType(attendanceTypeID);
    if (!regions.some((r) => r.ID === regionID)) throw invalid('unknown region');
    return {
      data: units
        .filter((u) => u.wire.regionID === regionID && u.attendanceTypeIDs.includes(attendanceTypeID))
        .map(wire),
    };
  },
  listSchedulingDates: (store, { attendanceUnitID, attendanceTypeID }) => {
    const unit = store.offering(attendanceUnitID, attendanceTypeID);
    // Every open day, full ones with 0 vacancies: a closed day (weekend, holiday) is not listed.
    const data = bookableDays(unit, store.now()).map((date) => ({
      date: toWireDate(date),
      vacancies: unit.periods
        .flatMap((p) => hoursOf(unit, p.periodID))
        .reduce((sum, hour) => sum + store.vacancies(unit, attendanceTypeID, date, hour), 0),
    }));
    return { data };
  },
  listSchedulingPeriods: (store, { attendanceUnitID, attendanceTypeID, date }) => {
    const unit = store.offering(attendanceUnitID, attendanceTypeID);
    const data = unit.periods
      .map((p) => ({
        periodID: p.periodID,
        name: periodNames[p.periodID]!,
        vacancies: store
          .hours(unit, attendanceTypeID, fromWireDate(date), p.periodID)
          .reduce((s, h) => s + h.vacancies, 0),
      }))
      .filter((p) => p.vacancies > 0);
    return { data };
  },
  listSchedulingHours: (store, { attendanceUnitID, attendanceTypeID, date, periodID }) => {
    const unit = store.offering(attendanceUnitID, attendanceTypeID);
    // A period this unit does not have is refused, as an account refuses an id it does not know.
    if (!unit.periods.some((p) => p.periodID === periodID)) throw invalid('unknown period');
    return { data: store.hours(unit, attendanceTypeID, fromWireDate(date), periodID).filter((h) => h.vacancies > 0) };
  },
  createAppointment: (store, body) => {
    const a = store.book({
      companyID: body.companyID,
      unitID: body.attendanceUnitID,
      attendanceTypeID: body.attendanceTypeID,
      date: fromWireDate(body.date),
      hour: body.hour,
      client: body.client,
      form: body.form,
    });
    return { data: { attendanceID: a.attendanceID, protocol: a.protocol, attendanceCode: a.attendanceCode } };
  },
  queryAppointment: (store, { protocol }) => ({ data: toWireAttendance(store, store.byProtocol(protocol)) }),
  getInPersonService: (store, { attendanceID }) => ({ data: toWireAttendance(store, store.byId(attendanceID)) }),
  addAttachments: (store, { protocol, attachments }) => ({
    data: { attachments: store.attach(protocol, attachments) },
  }),
};

/** Every endpoint of the seed the simulator answers, by family. */
export const handlers: Handlers<EndpointName> = {
  ...schedulingHandlers,
  ...dataHandlers,
  ...crmHandlers,
  ...messageHandlers,
  ...contactCenterHandlers,
  ...surveyHandlers,
  ...pulseHandlers,
};

export type { HandlerContext } from './types';
export { simTemplates } from './messages';
