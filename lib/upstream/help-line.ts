import 'server-only';
import { env } from '@/lib/env';
import { log } from '@/lib/ops/log';
import { cached } from '@/lib/store';
import * as tatodesk from '@/lib/tatodesk';

const ttl = () => env().catalogueTtlMs;

/** A unit as the help line is found for it: its own group, else its company's (HELP_LINE_GROUPS). */
export type HelpLineScope = { unitId?: number; companyId: number };

/** How to reach the help line and when it answers. */
export type HelpLine = { contact?: string; hours: tatodesk.OpeningHours[] };

function groupOf(scope: HelpLineScope) {
  const { groups } = env().helpLine;
  return (
    groups.find((g) => g.scope === 'unit' && g.id === scope.unitId) ??
    groups.find((g) => g.scope === 'company' && g.id === scope.companyId)
  );
}

/** A read that only says more: a failure is logged and the page says less, never fails. */
async function orNothing<T>(what: string, groupId: number, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    log.warn({ groupId, err: (error as Error).message }, `${what} not read: the page says less`);
    return undefined;
  }
}

/**
 * Why a closed day is closed, as the Contact Center's exceptions word it ("Feriado municipal"):
 * date → reason, for the days closed all day. Cached like the catalogue; empty without a group or
 * when the read fails (the calendar then simply says less).
 */
export async function closedDayReasons(scope: HelpLineScope): Promise<Map<string, string>> {
  const group = groupOf(scope);
  if (!group) return new Map();
  const exceptions = await orNothing('schedule exceptions', group.groupId, () =>
    cached(`schedule-exceptions:${group.groupId}`, ttl(), () => tatodesk.listScheduleExceptions(group.groupId)),
  );
  return new Map((exceptions ?? []).filter((e) => e.closed && e.reason).map((e) => [e.date, e.reason]));
}

/** The help line of a unit or company: how to reach it and its hours. None without a group or hours. */
export async function helpLine(scope: HelpLineScope): Promise<HelpLine | undefined> {
  const group = groupOf(scope);
  if (!group) return undefined;
  const hours = await orNothing('service schedules', group.groupId, () =>
    cached(`schedules:${group.groupId}`, ttl(), () => tatodesk.listServiceSchedules(group.groupId)),
  );
  return hours?.length ? { contact: group.contact, hours } : undefined;
}
