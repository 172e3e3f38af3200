import { z } from 'zod';
import { minuteOperations } from '../seed';
import { code, id, ids, paged, pageRequest, wireDate, wireHour, wireInstant } from './common';
import { tatodeskFormAnswer } from './scheduling';

/**
 * A minutes filter, as the seed states it: "1 - Less 2 - Less or equal 3 - Greater 4 - Greater or
 * equal 5 - Between", and "valueFinal (required when the operation value is 5)".
 */
const minutesFilter = z
  .object({
    operation: z.literal(Object.values(minuteOperations)),
    value: z.number().nonnegative(),
    valueFinal: z.number().nonnegative().optional(),
  })
  .refine((f) => f.operation !== minuteOperations.between || f.valueFinal !== undefined, {
    message: 'valueFinal is required when the operation is 5 (Between)',
    path: ['valueFinal'],
  });

export const tatodeskReportRow = z.object({
  attendanceID: id,
  protocol: z.string(),
  attendanceCode: z.string().optional(),
  scheduled: z.boolean(),
  companyID: id,
  attendanceUnitID: id,
  attendanceUnitName: z.string(),
  attendanceTypeID: id,
  attendanceTypeName: z.string(),
  clientName: z.string(),
  date: wireDate,
  hour: wireHour.optional(),
  statusID: code,
  statusName: z.string(),
  waitingTime: z.number().nonnegative().nullable().optional(),
  attendanceTime: z.number().nonnegative().nullable().optional(),
  /** The answers to the service's questions (the report filters by them, and carries them). */
  form: z.array(tatodeskFormAnswer).default([]),
});
export type TatodeskReportRow = z.infer<typeof tatodeskReportRow>;

export const tatodeskProtocolHit = z.object({
  /** Named by example in the seed ("digital attendance, in-person, tickets or MP"): any other is shown as other. */
  platform: z.string(),
  protocol: z.string(),
  ID: id,
  statusID: code,
  statusName: z.string(),
  createdAt: wireInstant,
});

export { notificationStatusIDs } from '../codes';

export const tatodeskNotificationRow = z.object({
  notificationID: z.string().min(1),
  channel: z.enum(['email', 'whatsapp', 'sms']),
  templateID: z.string(),
  statusID: code,
  statusName: z.string(),
  sentAt: wireInstant,
  updatedAt: wireInstant,
  metadata: z.record(z.string(), z.string()).optional(),
});

export const dataWire = {
  notificationsReport: {
    request: z.object({
      filter: z.object({
        dateInitial: wireDate,
        dateFinal: wireDate,
        channels: z.array(z.enum(['email', 'whatsapp', 'sms'])).optional(),
        templateIDs: z.array(z.string().min(1)).optional(),
        notificationIDs: z.array(z.string().min(1)).max(100).optional(),
        metadata: z.object({ key: z.string().min(1), value: z.string() }).optional(),
      }),
      ...pageRequest,
    }),
    response: paged(tatodeskNotificationRow),
  },
  searchByProtocol: {
    request: z.object({ protocol: z.string().min(1).max(40) }),
    response: z.object({ data: z.array(tatodeskProtocolHit) }),
  },
  inPersonReport: {
    request: z.object({
      filter: z.object({
        dateInitial: wireDate,
        dateFinal: wireDate,
        protocol: z.string().max(40).optional(),
        attendanceCode: z.string().max(40).optional(),
        companyIDs: ids.optional(),
        attendanceUnitIDs: ids.optional(),
        attendanceTypeIDs: ids.optional(),
        statusIDs: z.array(code).optional(),
        userIDs: ids.optional(),
        tagIDs: ids.optional(),
        attendanceTime: minutesFilter.optional(),
        waitingTime: minutesFilter.optional(),
        pausedTime: minutesFilter.optional(),
        form: z.object({ key: z.string(), value: z.string() }).optional(),
        additionalData: z.object({ ID: z.string(), value: z.string() }).optional(),
      }),
      ...pageRequest,
    }),
    response: paged(tatodeskReportRow),
  },
};
