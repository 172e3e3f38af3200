import { z } from 'zod';
import { code, id, list, wireDate, wireHour } from './common';

/**
 * The Contact Center's opening hours and their exceptions. The seed names the filters ("attendance
 * group, specialization, subspecialization, area and subarea") and what an exception is ("holidays,
 * maintenance or specific events"), not the fields: these are ours (docs/tatodesk-contract.md).
 */
const filter = z.object({
  groupID: id,
  specialtyID: id.optional(),
  subspecialtyID: id.optional(),
  areaID: id.optional(),
  subareaID: id.optional(),
});

export const contactCenterWire = {
  listServiceSchedules: {
    request: filter,
    response: list(
      z.object({
        /** 0 Sunday … 6 Saturday. */
        weekDay: code.pipe(z.number().max(6)) as unknown as z.ZodType<number, number>,
        start: wireHour,
        end: wireHour,
      }),
    ),
  },
  listServiceScheduleExceptions: {
    request: filter,
    response: list(
      z.object({
        date: wireDate,
        /** The exception's own words: "Feriado municipal", "Manutenção". */
        description: z.string().max(300).default(''),
        /** Closed all day; otherwise open from `start` to `end` that day. */
        closed: z.boolean().default(true),
        start: wireHour.optional(),
        end: wireHour.optional(),
      }),
    ),
  },
};
