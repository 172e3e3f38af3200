import { z } from 'zod';
import { tatodeskAddress } from './catalogue';
import { code, id, list, single, wireDate, wireHour, wireInstant, wireTimeZone } from './common';

export const tatodeskDate = z.object({ date: wireDate, vacancies: z.number().int().nonnegative() });
/**
 * A period as List Periods answers it. The seed names periods only by example ("e.g.: morning,
 * afternoon, evening"): the ids are whatever the account answers, and are only ever sent back to
 * List Hours; the name is the account's own; a vacancy count, where given, spares asking a full one.
 */
export const tatodeskPeriod = z.object({
  periodID: id,
  name: z.string().optional(),
  vacancies: z.number().int().nonnegative().optional(),
});
export const tatodeskHour = z.object({ hour: wireHour, vacancies: z.number().int().nonnegative() });

export const tatodeskClient = z.object({
  name: z.string().min(1).max(120),
  cpf: z.string().regex(/^\d{11}$/, 'expected 11 digits'),
  email: z.email().max(254),
  phone: z.string().regex(/^\d{10,13}$/, 'expected digits with area code'),
});
export type TatodeskClient = z.infer<typeof tatodeskClient>;
/** Someone at the counter: a name and a CPF; an e-mail and a phone when they have and give them. */
export const tatodeskWalkInClient = tatodeskClient.extend({
  email: tatodeskClient.shape.email.optional(),
  phone: tatodeskClient.shape.phone.optional(),
});
export type TatodeskWalkInClient = z.infer<typeof tatodeskWalkInClient>;
/** Someone booking: an e-mail or a mobile is enough, at least one of them. */
export const tatodeskBookingClient = tatodeskWalkInClient.refine((c) => Boolean(c.email || c.phone), {
  message: 'expected an email or a phone',
});

export const tatodeskFormAnswer = z.object({ key: z.string().min(1), value: z.string().max(2000) });

const slotRequest = z.object({ attendanceUnitID: id, attendanceTypeID: id });

export const tatodeskCreated = z.object({
  attendanceID: id,
  protocol: z.string().min(1),
  attendanceCode: z.string().optional(),
});

export const tatodeskAttachment = z.object({
  name: z.string().min(1).max(255),
  url: z.url(),
  createdAt: wireInstant.optional(),
});

export { statusIDs } from '../codes';

export const tatodeskAttendance = z.object({
  attendanceID: id,
  protocol: z.string().min(1),
  attendanceCode: z.string().optional(),
  scheduled: z.boolean(),
  companyID: id,
  companyName: z.string(),
  attendanceUnitID: id,
  attendanceUnitName: z.string(),
  address: tatodeskAddress,
  timeZone: wireTimeZone.optional(),
  attendanceTypeID: id,
  attendanceTypeName: z.string(),
  requiredDocuments: z.array(z.string()).default([]),
  durationMinutes: z.number().int().positive().optional(),
  date: wireDate,
  hour: wireHour.optional(),
  statusID: code,
  statusName: z.string(),
  statusHistory: z.array(z.object({ statusID: code, statusName: z.string(), at: wireInstant })).default([]),
  waitingTime: z.number().nonnegative().nullable().optional(),
  attendanceTime: z.number().nonnegative().nullable().optional(),
  client: tatodeskWalkInClient,
  form: z.array(tatodeskFormAnswer.extend({ label: z.string().optional() })).default([]),
  attachments: z.array(tatodeskAttachment).default([]),
  createdAt: wireInstant,
});
export type TatodeskAttendance = z.infer<typeof tatodeskAttendance>;

export const schedulingWire = {
  listSchedulingDates: { request: slotRequest, response: list(tatodeskDate) },
  listSchedulingPeriods: {
    request: slotRequest.extend({ date: wireDate }),
    response: list(tatodeskPeriod),
  },
  listSchedulingHours: {
    request: slotRequest.extend({ date: wireDate, periodID: id }),
    response: list(tatodeskHour),
  },
  createAppointment: {
    request: slotRequest.extend({
      companyID: id,
      date: wireDate,
      hour: wireHour,
      client: tatodeskBookingClient,
      form: z.array(tatodeskFormAnswer).max(100).default([]),
    }),
    response: single(tatodeskCreated),
  },
  createInPersonService: {
    request: slotRequest.extend({
      companyID: id,
      client: tatodeskWalkInClient,
      form: z.array(tatodeskFormAnswer).max(100).default([]),
    }),
    response: single(tatodeskCreated),
  },
  queryAppointment: {
    request: z.object({ protocol: z.string().min(1).max(40) }),
    response: single(tatodeskAttendance),
  },
  getInPersonService: {
    request: z.object({ attendanceID: id }),
    response: single(tatodeskAttendance),
  },
  addAttachments: {
    request: z.object({
      protocol: z.string().min(1).max(40),
      attachments: z
        .array(tatodeskAttachment.omit({ createdAt: true }))
        .min(1)
        .max(20),
    }),
    response: single(z.object({ attachments: z.array(tatodeskAttachment) })),
  },
};
