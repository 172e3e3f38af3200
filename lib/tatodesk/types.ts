export type { TatodeskErrorKind } from './errors';

// Domain types: what the rest of the app knows. No wire field name appears here.

export type Address = {
  street: string;
  number: string;
  complement?: string;
  district: string;
  city: string;
  state: string;
  zipCode: string;
};

export type Company = { id: number; name: string; offersScheduling: boolean };
export type Classification = { id: number; companyId: number; name: string };
export type Category = { id: number; companyId: number; name: string; description?: string };
export type ServiceType = {
  id: number;
  categoryId: number;
  name: string;
  description?: string;
  requiredDocuments: string[];
  durationMinutes?: number;
};
export type Region = { id: number; name: string };
export type Unit = {
  id: number;
  companyId: number;
  regionId: number;
  name: string;
  address: Address;
  /** IANA zone; Brasília time when the upstream names none. */
  timeZone: string;
  phone?: string;
};

export type FormFieldType =
  'text' | 'textarea' | 'number' | 'date' | 'select' | 'radio' | 'checkbox' | 'email' | 'phone';
export type FormField = {
  id: number;
  key: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  hint?: string;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Number fields: digits allowed after the decimal comma; none (a count) when absent. */
  decimals?: number;
  options?: { value: string; label: string }[];
};

/** Dates are ISO calendar dates (YYYY-MM-DD) in the unit's own time zone; times are HH:MM. */
export type AvailableDate = { date: string; vacancies: number };
/** A period as the account names it: its id serves only to ask for its hours. */
export type PeriodAvailability = { id: number; name?: string; vacancies?: number };
/** The part of the day a time falls in, by the clock: how the pages group a day's times. */
export type DayPart = 'morning' | 'afternoon' | 'evening';
export type Slot = { time: string; vacancies: number };

export type Client = { name: string; cpf: string; email: string; phone: string };
export type Answer = { key: string; value: string };

/** The statuses the product speaks about; an upstream status outside them is 'unknown'. */
export const appointmentStatuses = [
  'scheduled',
  'checked-in',
  'in-service',
  'finished',
  'cancelled',
  'no-show',
] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number] | 'unknown';

export type Attachment = { name: string; url: string; addedAt?: string };

export type Appointment = {
  attendanceId: number;
  protocol: string;
  code?: string;
  scheduled: boolean;
  company: { id: number; name: string };
  unit: { id: number; name: string; address: Address; timeZone: string };
  serviceType: { id: number; name: string; requiredDocuments: string[]; durationMinutes?: number };
  date: string;
  time?: string;
  status: AppointmentStatus;
  statusLabel: string;
  history: { status: AppointmentStatus; statusLabel: string; at: string }[];
  waitingMinutes?: number;
  serviceMinutes?: number;
  client: Client;
  answers: (Answer & { label?: string })[];
  attachments: Attachment[];
  createdAt: string;
};

export type Created = { attendanceId: number; protocol: string; code?: string };

export type ReportRow = {
  attendanceId: number;
  protocol: string;
  code?: string;
  scheduled: boolean;
  companyId: number;
  unit: { id: number; name: string };
  serviceType: { id: number; name: string };
  clientName: string;
  date: string;
  time?: string;
  status: AppointmentStatus;
  statusLabel: string;
  waitingMinutes?: number;
  serviceMinutes?: number;
  answers: Answer[];
};
export type ReportPage = { rows: ReportRow[]; page: number; limit: number; total: number };
export type ReportQuery = {
  from: string;
  to: string;
  companyIds?: number[];
  unitIds?: number[];
  serviceTypeIds?: number[];
  statuses?: Exclude<AppointmentStatus, 'unknown'>[];
  protocol?: string;
  /** The ticket code the counter calls ("A010"). */
  code?: string;
  /** Only those who have waited (or have been waiting) more than this many minutes. */
  waitedMoreThan?: number;
  /** Only those whose service lasted more than this many minutes. */
  servedMoreThan?: number;
  /** Only those whose answer to a service question is this (e.g. priority: true). */
  answer?: { key: string; value: string };
  page: number;
  limit?: number;
};

export type ProtocolHit = {
  platform: 'in-person' | 'digital' | 'ticket' | 'other';
  protocol: string;
  id: number;
  status: AppointmentStatus;
  statusLabel: string;
  createdAt: string;
};

export type Notification = {
  templateId: string;
  parameters: Record<string, string>;
  metadata?: Record<string, string>;
};

export type CrmFields = Record<string, string | number | boolean | null>;
export type CrmRecord = { id: string; fields: CrmFields; createdAt: string; updatedAt: string };
export type CrmQuery = {
  where?: [field: string, operator: 'eq' | 'neq', value: string | number | boolean | null][];
  sort?: { field: string; order: 'asc' | 'desc' };
  page?: number;
  limit?: number;
};

export type Channel = 'email' | 'whatsapp' | 'sms';
export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'unknown';
/** One loose notification as the Ad-hoc Notifications Report tells it. */
export type SentNotification = {
  id: string;
  channel: Channel;
  templateId: string;
  status: DeliveryStatus;
  statusLabel: string;
  sentAt: string;
  updatedAt: string;
  metadata: Record<string, string>;
};
export type NotificationQuery = {
  from: string;
  to: string;
  channels?: Channel[];
  ids?: string[];
  metadata?: { key: string; value: string };
  page?: number;
  limit?: number;
};

/** Brasília time: the zone a unit is in when the upstream names none, and the staff's clock. */
export const BRASILIA = 'America/Sao_Paulo';

/** A Contact Center group's opening hours on one weekday (0 Sunday … 6 Saturday). */
export type OpeningHours = { weekDay: number; start: string; end: string };

/** A survey form as the page draws it: a scale with its words, and its questions in order. */
export type SurveyForm = {
  id: number;
  name: string;
  description: string;
  scale: { min: number; max: number; minLabel: string; maxLabel: string };
  questions: {
    id: number;
    title: string;
    type: 'scale' | 'choice' | 'text';
    required: boolean;
    options: { id: number; label: string }[];
  }[];
};
/** One question's answer: a number on the scale, an option's id, or words. */
export type SurveyAnswer = { questionId: number; value: number | string };
