import { fromWireDate } from './contract/wire/common';
import { call } from './default-client';
import type { OpeningHours } from './types';

export type { OpeningHours } from './types';

/** A day the group's hours change: closed all day, or open other hours; in its own words. */
export type ScheduleException = { date: string; reason: string; closed: boolean; start?: string; end?: string };

export async function listServiceSchedules(groupId: number): Promise<OpeningHours[]> {
  const { data } = await call()('listServiceSchedules', { groupID: groupId });
  return data
    .map((h) => ({ weekDay: h.weekDay, start: h.start, end: h.end }))
    .sort((a, b) => a.weekDay - b.weekDay || a.start.localeCompare(b.start));
}

export async function listScheduleExceptions(groupId: number): Promise<ScheduleException[]> {
  const { data } = await call()('listServiceScheduleExceptions', { groupID: groupId });
  return data.map((e) => ({
    date: fromWireDate(e.date),
    reason: e.description.trim(),
    closed: e.closed,
    start: e.start,
    end: e.end,
  }));
}
