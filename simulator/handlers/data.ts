import { fromWireDate } from '@/lib/tatodesk/contract/wire/common';
import { todayIn } from '../calendar';
import { notificationStatusNames } from '../dataset/labels';
import { otherProtocols } from '../dataset/other-protocols';
import { invalid } from '../errors';
import { times, toWireAttendance, toWireReportRow } from '../wire-shapes';
import type { Handlers } from './types';

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

/** Search by protocol and the two reports (in-person services, notifications), filtered and paged as the seed says. */
export const dataHandlers: Handlers<'searchByProtocol' | 'inPersonReport' | 'notificationsReport'> = {
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
};
