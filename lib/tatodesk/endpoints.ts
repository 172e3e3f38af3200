import type { z } from 'zod';
import { catalogueWire } from './wire/catalogue';
import { dataWire } from './wire/data';
import { notificationsWire } from './wire/notifications';
import { schedulingWire } from './wire/scheduling';

/**
 * Every Tatodesk call the product makes: its path (inferred, see docs/tatodesk-contract.md),
 * whether it is a safe read that may be retried, and the wire schemas the client and the
 * simulator both parse with. Correct a path or a shape against a real account here, once.
 */
const routes = {
  listCompaniesByUser: { path: '/v1/in-person/companies/by-user', safe: true },
  listUnitsByUser: { path: '/v1/in-person/units/by-user', safe: true },
  listClassifications: { path: '/v1/in-person/classifications', safe: true },
  listCategories: { path: '/v1/in-person/categories', safe: true },
  listServiceTypes: { path: '/v1/in-person/types', safe: true },
  listFormFields: { path: '/v1/in-person/form-fields', safe: true },
  createInPersonService: { path: '/v1/in-person/attendances/create', safe: false },
  listCustomLinkCompanies: { path: '/v1/in-person/custom-link/companies', safe: true },
  listSchedulingCategories: { path: '/v1/in-person/scheduling/categories', safe: true },
  listCustomLinkCategories: { path: '/v1/in-person/custom-link/categories', safe: true },
  listSchedulingServiceTypes: { path: '/v1/in-person/scheduling/types', safe: true },
  listSchedulingRegions: { path: '/v1/in-person/scheduling/regions', safe: true },
  listSchedulingUnits: { path: '/v1/in-person/scheduling/units', safe: true },
  listSchedulingDates: { path: '/v1/in-person/scheduling/dates', safe: true },
  listSchedulingPeriods: { path: '/v1/in-person/scheduling/periods', safe: true },
  listSchedulingHours: { path: '/v1/in-person/scheduling/hours', safe: true },
  createAppointment: { path: '/v1/in-person/scheduling/appointments/create', safe: false },
  queryAppointment: { path: '/v1/in-person/scheduling/appointments/query', safe: true },
  getInPersonService: { path: '/v1/in-person/attendances/get', safe: true },
  addAttachments: { path: '/v1/in-person/attendances/attachments', safe: false },
  searchByProtocol: { path: '/v1/data/protocols/search', safe: true },
  inPersonReport: { path: '/v1/data/reports/in-person', safe: true },
  sendEmail: { path: '/v1/marketing/email/send', safe: false },
  sendWhatsApp: { path: '/v1/whatsapp/notifications/send', safe: false },
  sendSms: { path: '/v1/sms/notifications/send', safe: false },
  uploadWhatsAppMedia: { path: '/v1/whatsapp/media/upload', safe: false, multipart: true },
} as const;

const wire = { ...catalogueWire, ...schedulingWire, ...dataWire, ...notificationsWire };

export type EndpointName = keyof typeof routes;

type Wire = typeof wire;
export type Endpoint<N extends EndpointName> = (typeof routes)[N] & Wire[N] & { name: N };
export type RequestOf<N extends EndpointName> = z.input<Wire[N]['request']>;
export type ResponseOf<N extends EndpointName> = z.output<Wire[N]['response']>;
/** What a server must send: the response schema's input side (defaults may be left out). */
export type WireResponseOf<N extends EndpointName> = z.input<Wire[N]['response']>;

export const endpointNames = Object.keys(routes) as EndpointName[];

export function endpoint<N extends EndpointName>(name: N): Endpoint<N> {
  return { name, ...routes[name], ...wire[name] } as Endpoint<N>;
}

/** A request as a server sees it once parsed (defaults filled in). */
export type ParsedRequestOf<N extends EndpointName> = z.output<Wire[N]['request']>;
