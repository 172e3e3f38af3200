import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { tatodeskWalkInClient } from '@/lib/tatodesk/contract/wire/scheduling';

const simAppointment = z.object({
  attendanceID: z.number(),
  protocol: z.string(),
  attendanceCode: z.string(),
  scheduled: z.boolean(),
  companyID: z.number(),
  unitID: z.number(),
  attendanceTypeID: z.number(),
  date: z.string(),
  hour: z.string().optional(),
  statusID: z.number(),
  history: z.array(z.object({ statusID: z.number(), at: z.string() })),
  client: tatodeskWalkInClient,
  form: z.array(z.object({ key: z.string(), value: z.string() })),
  attachments: z.array(z.object({ name: z.string(), url: z.string(), createdAt: z.string() })),
  createdAt: z.string(),
  /**
   * Simulator only: the wall-clock moment it was booked, whatever the simulated clock says, so that
   * a test can order it against what the app answered meanwhile.
   */
  bookedAt: z.string().optional(),
});
export type SimAppointment = z.infer<typeof simAppointment>;

const simNotification = z.object({
  ID: z.string(),
  channel: z.enum(['email', 'whatsapp', 'sms']),
  templateID: z.string(),
  to: z.string(),
  parameters: z.union([z.record(z.string(), z.string()), z.array(z.string())]),
  metadata: z.record(z.string(), z.string()).optional(),
  /** A WhatsApp template's header as sent (a document: the media upload's id). */
  header: z.object({ type: z.string(), id: z.string().optional(), url: z.string().optional() }).optional(),
  /** An e-mail's attachments as sent: a name and a URL on this server. */
  attachments: z.array(z.object({ name: z.string(), url: z.string() })).optional(),
  at: z.string(),
  /** Delivery, as the Ad-hoc Notifications Report tells it (notificationStatusIDs). */
  statusID: z.number().default(3),
  updatedAt: z.string().optional(),
});
export type SimNotification = z.infer<typeof simNotification>;

const simMedia = z.object({
  mediaID: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  at: z.string(),
});
export type SimMedia = z.infer<typeof simMedia>;

const simCrmRecord = z.object({
  ID: z.string(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SimCrmRecord = z.infer<typeof simCrmRecord>;

/** A survey's answers as registered: the form, what they are about, and each question's answer. */
const simSurveyAnswers = z.object({
  ID: z.string(),
  formID: z.number(),
  reference: z.string(),
  attendanceUnitID: z.number().optional(),
  answers: z.array(z.object({ questionID: z.number(), value: z.union([z.number(), z.string()]) })),
  at: z.string(),
});
export type SimSurveyAnswers = z.infer<typeof simSurveyAnswers>;

/** A Pulse app session, and the events registered in it as sent. */
const simPulseSession = z.object({
  sessionID: z.string(),
  app: z.string(),
  externalID: z.string(),
  language: z.string(),
  at: z.string(),
  events: z.array(
    z.object({
      name: z.string(),
      properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
      occurredAt: z.string(),
    }),
  ),
});
export type SimPulseSession = z.infer<typeof simPulseSession>;

const simState = z.object({
  nextAttendanceID: z.number(),
  nextProtocol: z.number(),
  appointments: z.array(simAppointment),
  notifications: z.array(simNotification),
  media: z.array(simMedia),
  /** CRM records by object apiName. */
  crm: z.record(z.string(), z.array(simCrmRecord)).default({}),
  nextCrmID: z.number().default(1),
  /** Recipients a channel cannot reach (a test's own number): what is sent to them fails delivery. */
  undeliverable: z.array(z.object({ channel: z.enum(['email', 'whatsapp', 'sms']), to: z.string() })).default([]),
  surveyAnswers: z.array(simSurveyAnswers).default([]),
  pulse: z.array(simPulseSession).default([]),
});
export type SimState = z.infer<typeof simState>;

export const emptyState = (): SimState => ({
  nextAttendanceID: 80_001,
  nextProtocol: 1,
  appointments: [],
  notifications: [],
  media: [],
  crm: {},
  nextCrmID: 1,
  undeliverable: [],
  surveyAnswers: [],
  pulse: [],
});

export function loadState(file: string): SimState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const parsed = simState.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : undefined;
}

/** Written whole and renamed into place, so a crash never leaves half a file. */
export function saveState(file: string, state: SimState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}
