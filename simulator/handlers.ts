import type { EndpointName, ParsedRequestOf, WireResponseOf } from '@/lib/tatodesk/contract/endpoints';
import { fromWireDate, toWireDate } from '@/lib/tatodesk/contract/wire/common';
import { bookableDays, hoursOf, todayIn } from './calendar';
import { categories, classifications, companies, regions, serviceTypes } from './dataset/catalogue';
import { formFields } from './dataset/form-fields';
import { notificationStatusNames, periodNames } from './dataset/labels';
import { otherProtocols } from './dataset/other-protocols';
import { units } from './dataset/units';
import { invalid } from './errors';
import type { UploadedFile } from './http';
import type { SimStore } from './store';
import { times, toWireAttendance, toWireReportRow } from './wire-shapes';

export type HandlerContext = {
  publicUrl: string;
  file?: UploadedFile;
};
type Handler<N extends EndpointName> = (
  store: SimStore,
  body: ParsedRequestOf<N>,
  ctx: HandlerContext,
) => WireResponseOf<N>;

const wire = <T>(record: { wire: T }) => record.wire;
const schedulable = (attendanceTypeID: number) => units.some((u) => u.attendanceTypeIDs.includes(attendanceTypeID));

/** Categories and types the citizen can book: only those some unit offers. */
const schedulingCategories = (companyID: number) =>
  categories.filter(
    (c) => c.wire.companyID === companyID && serviceTypes.some((t) => t.categoryID === c.wire.ID && schedulable(t.ID)),
  );

/**
 * A minutes filter of the report, as the seed numbers it: 1 less, 2 less or equal, 3 greater,
 * 4 greater or equal, 5 between `value` and `valueFinal`. An attendance with no such time (not
 * waited yet) matches no filter.
 */
function inMinutes(
  minutes: number | null,
  filter: { operation: number; value: number; valueFinal?: number } | undefined,
): boolean {
  if (!filter) return true;
  if (minutes === null) return false;
  const { operation, value, valueFinal = value } = filter;
  return [
    minutes < value,
    minutes <= value,
    minutes > value,
    minutes >= value,
    minutes >= value && minutes <= valueFinal,
  ][operation - 1]!;
}

const withStatus = <T extends { statusID: number }>(items: T[], statusIDs?: number[]) =>
  statusIDs?.length ? items.filter((i) => statusIDs.includes(i.statusID)) : items;

export const handlers: { [N in EndpointName]: Handler<N> } = {
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
  searchByProtocol: (store, { protocol }) => ({
    data: store
      .appointments()
      .filter((a) => a.protocol === protocol)
      .map((a): (typeof otherProtocols)[number] => ({
        platform: 'inPerson',
        protocol: a.protocol,
        ID: a.attendanceID,
        statusID: a.statusID,
        statusName: toWireAttendance(store, a).statusName,
        createdAt: a.createdAt,
      }))
      .concat(otherProtocols.filter((hit) => hit.protocol === protocol)),
  }),
  inPersonReport: (store, { filter, page, limit = 1000 }) => {
    const from = fromWireDate(filter.dateInitial);
    const to = fromWireDate(filter.dateFinal);
    if (from > to) throw invalid('dateInitial is after dateFinal');
    const has = (list: number[] | undefined, value: number) => !list?.length || list.includes(value);
    const rows = withStatus(
      store
        .appointments()
        .filter(
          (a) =>
            a.date >= from &&
            a.date <= to &&
            has(filter.companyIDs, a.companyID) &&
            has(filter.attendanceUnitIDs, a.unitID) &&
            has(filter.attendanceTypeIDs, a.attendanceTypeID) &&
            (!filter.protocol || a.protocol === filter.protocol) &&
            (!filter.attendanceCode || a.attendanceCode === filter.attendanceCode) &&
            (!filter.form || a.form.some((f) => f.key === filter.form!.key && f.value === filter.form!.value)) &&
            inMinutes(times(a, store.now()).waitingTime, filter.waitingTime) &&
            inMinutes(times(a, store.now()).attendanceTime, filter.attendanceTime),
        ),
      filter.statusIDs,
    ).sort((a, b) =>
      `${a.date}${a.hour ?? ''}${a.attendanceID}`.localeCompare(`${b.date}${b.hour ?? ''}${b.attendanceID}`),
    );
    return {
      data: rows.slice(page * limit, (page + 1) * limit).map((a) => toWireReportRow(store, a)),
      page,
      limit,
      total: rows.length,
    };
  },
  notificationsReport: (store, { filter, page, limit = 1000 }) => {
    const from = fromWireDate(filter.dateInitial);
    const to = fromWireDate(filter.dateFinal);
    if (from > to) throw invalid('dateInitial is after dateFinal');
    const rows = store.notifications().filter((n) => {
      const day = todayIn(new Date(n.at), 'America/Sao_Paulo');
      return (
        day >= from &&
        day <= to &&
        (!filter.channels?.length || filter.channels.includes(n.channel)) &&
        (!filter.templateIDs?.length || filter.templateIDs.includes(n.templateID)) &&
        (!filter.notificationIDs?.length || filter.notificationIDs.includes(n.ID)) &&
        (!filter.metadata || n.metadata?.[filter.metadata.key] === filter.metadata.value)
      );
    });
    return {
      data: rows.slice(page * limit, (page + 1) * limit).map((n) => ({
        notificationID: n.ID,
        channel: n.channel,
        templateID: n.templateID,
        statusID: n.statusID,
        statusName: notificationStatusNames[n.statusID] ?? 'Desconhecido',
        sentAt: n.at,
        updatedAt: n.updatedAt ?? n.at,
        metadata: n.metadata,
      })),
      page,
      limit,
      total: rows.length,
    };
  },
  listObjects: (store, { apiName, filters = [], sort, fields, page, limit = 100 }) => {
    const rows = store
      .crmRecords(apiName)
      .filter((r) => filters.every((f) => (f.operator === 'eq') === ((r.fields[f.field] ?? null) === f.value)))
      .slice()
      .sort((a, b) => {
        if (!sort) return a.createdAt.localeCompare(b.createdAt);
        const [x, y] = [String(a.fields[sort.field] ?? ''), String(b.fields[sort.field] ?? '')];
        return sort.order === 'asc' ? x.localeCompare(y) : y.localeCompare(x);
      });
    const pick = (r: (typeof rows)[number]) =>
      fields ? { ...r, fields: Object.fromEntries(fields.map((f) => [f, r.fields[f] ?? null])) } : r;
    return { data: rows.slice(page * limit, (page + 1) * limit).map(pick), page, limit, total: rows.length };
  },
  createObject: (store, { apiName, fields }) => ({ data: store.crmCreate(apiName, fields) }),
  editObject: (store, { apiName, ID, fields }) => ({ data: store.crmEdit(apiName, ID, fields) }),
  deleteObject: (store, { apiName, ID }) => {
    store.crmDelete(apiName, ID);
    return { data: { ID } };
  },
  sendEmail: (store, body) => ({
    data: {
      notificationID: store.notify({
        channel: 'email',
        templateID: checkTemplate(body.templateID),
        to: body.to.map((t) => t.email).join(','),
        parameters: body.parameters,
        metadata: body.metadata,
      }),
    },
  }),
  sendWhatsApp: (store, body) => ({
    data: {
      notificationID: store.notify({
        channel: 'whatsapp',
        templateID: checkTemplate(body.templateID),
        to: body.phone,
        parameters: body.templatePayload.body.parameters,
        metadata: body.metadata,
      }),
    },
  }),
  sendSms: (store, body) => ({
    data: {
      notificationID: store.notify({
        channel: 'sms',
        templateID: checkTemplate(body.templateID),
        to: body.phone,
        parameters: body.parameters,
        metadata: body.metadata,
      }),
    },
  }),
  uploadWhatsAppMedia: (store, body, ctx) => {
    if (!ctx.file) throw invalid('a file part is required');
    const mediaID = crypto.randomUUID();
    store.addMedia(
      {
        mediaID,
        fileName: body.fileName,
        contentType: ctx.file.type,
        size: ctx.file.bytes.byteLength,
        at: store.now().toISOString(),
      },
      ctx.file,
    );
    return {
      data: {
        mediaID,
        url: new URL(`/media/${mediaID}/${encodeURIComponent(body.fileName)}`, ctx.publicUrl).toString(),
      },
    };
  },
};

/** Templates exist in the simulator's account; anything else is refused as Tatodesk would. */
export const simTemplates = [
  'booking-confirmation',
  'booking-confirmation-en',
  'booking-reminder',
  'booking-reminder-en',
  'booking-cancelled',
  'appointment-request',
  'waiting-list-place',
  'waiting-list-place-en',
  'data-request',
  'request-received',
  'request-received-en',
];
function checkTemplate(id: string): string {
  if (!simTemplates.includes(id)) throw invalid(`unknown template ${id}`);
  return id;
}
