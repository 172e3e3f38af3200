import type { z } from 'zod';
import { catalogueWire } from './wire/catalogue';
import { contactCenterWire } from './wire/contact-center';
import { crmWire } from './wire/crm';
import { dataWire } from './wire/data';
import { notificationsWire } from './wire/notifications';
import { pulseWire } from './wire/pulse';
import { schedulingWire } from './wire/scheduling';
import { surveyWire } from './wire/survey';

/**
 * Every Tatodesk call the product makes: its path (inferred, see docs/tatodesk-contract.md),
 * whether it is a safe read that may be retried, and the wire schemas the client and the
 * simulator both parse with. Correct a path or a shape against a real account here, once.
 */
const routes = {
  listCompaniesByUser: { title: 'List companies by user', path: '/v1/in-person/companies/by-user', safe: true },
  listUnitsByUser: { title: 'List Service Units by User', path: '/v1/in-person/units/by-user', safe: true },
  listClassifications: { title: 'List Service Classifications', path: '/v1/in-person/classifications', safe: true },
  listCategories: { title: 'List Service Categories', path: '/v1/in-person/categories', safe: true },
  listServiceTypes: { title: 'List Service Types', path: '/v1/in-person/types', safe: true },
  listFormFields: { title: 'List Form Fields', path: '/v1/in-person/form-fields', safe: true },
  createInPersonService: { title: 'Create In-Person Service', path: '/v1/in-person/attendances/create', safe: false },
  listCustomLinkCompanies: {
    title: 'List Companies for the Custom Link',
    path: '/v1/in-person/custom-link/companies',
    safe: true,
  },
  listSchedulingCategories: {
    title: 'List Categories for Scheduling',
    path: '/v1/in-person/scheduling/categories',
    safe: true,
  },
  listCustomLinkCategories: {
    title: 'List Categories of the Custom Link',
    path: '/v1/in-person/custom-link/categories',
    safe: true,
  },
  listSchedulingServiceTypes: {
    title: 'List Service Types for Scheduling',
    path: '/v1/in-person/scheduling/types',
    safe: true,
  },
  listSchedulingRegions: { title: 'List Regions for Scheduling', path: '/v1/in-person/scheduling/regions', safe: true },
  listSchedulingUnits: {
    title: 'List Service Units for Scheduling',
    path: '/v1/in-person/scheduling/units',
    safe: true,
  },
  listSchedulingDates: { title: 'List Dates for Scheduling', path: '/v1/in-person/scheduling/dates', safe: true },
  listSchedulingPeriods: { title: 'List Periods for Scheduling', path: '/v1/in-person/scheduling/periods', safe: true },
  listSchedulingHours: { title: 'List Hours for Appointment', path: '/v1/in-person/scheduling/hours', safe: true },
  createAppointment: { title: 'Create Appointment', path: '/v1/in-person/scheduling/appointments/create', safe: false },
  queryAppointment: { title: 'Query Appointment', path: '/v1/in-person/scheduling/appointments/query', safe: true },
  getInPersonService: { title: 'Get In-Person Service', path: '/v1/in-person/attendances/get', safe: true },
  addAttachments: { title: 'Add Attachments', path: '/v1/in-person/attendances/attachments', safe: false },
  searchByProtocol: { title: 'Search by protocol (Data API)', path: '/v1/data/protocols/search', safe: true },
  inPersonReport: { title: 'In-Person Services Report (Data API)', path: '/v1/data/reports/in-person', safe: true },
  notificationsReport: {
    title: 'Ad-hoc Notifications Report (Data API)',
    path: '/v1/data/reports/notifications',
    safe: true,
  },
  listObjects: { title: 'List Objects (CRM)', path: '/v1/crm/objects/list', safe: true },
  createObject: { title: 'Create Object (CRM)', path: '/v1/crm/objects/create', safe: false },
  editObject: { title: 'Edit Object (CRM)', path: '/v1/crm/objects/edit', safe: false },
  deleteObject: { title: 'Delete Object (CRM)', path: '/v1/crm/objects/delete', safe: false },
  sendEmail: { title: 'Send notifications via Email', path: '/v1/marketing/email/send', safe: false },
  sendWhatsApp: { title: 'Send Notification via WhatsApp', path: '/v1/whatsapp/notifications/send', safe: false },
  sendSms: { title: 'Send notification via SMS', path: '/v1/sms/notifications/send', safe: false },
  uploadWhatsAppMedia: {
    title: 'WhatsApp media upload',
    path: '/v1/whatsapp/media/upload',
    safe: false,
    multipart: true,
  },
  listServiceSchedules: {
    title: 'List Service Schedules (Contact Center)',
    path: '/v1/contact-center/schedules',
    safe: true,
  },
  listServiceScheduleExceptions: {
    title: 'List Service Schedule Exceptions (Contact Center)',
    path: '/v1/contact-center/schedules/exceptions',
    safe: true,
  },
  getSurveyForm: { title: 'Forms (Survey)', path: '/v1/survey/forms', safe: true },
  registerFormAnswers: { title: 'Register form answers (Survey)', path: '/v1/survey/forms/answers', safe: false },
  createAppSession: { title: 'Create App Session (Pulse)', path: '/v1/pulse/sessions', safe: false },
  registerEvent: { title: 'Register event (Pulse)', path: '/v1/pulse/events', safe: false },
} as const;

const wire = {
  ...catalogueWire,
  ...schedulingWire,
  ...dataWire,
  ...notificationsWire,
  ...crmWire,
  ...contactCenterWire,
  ...surveyWire,
  ...pulseWire,
};

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
