import { toWireDate } from '@/lib/tatodesk/contract/wire/common';
import { serviceGroups } from '../dataset/contact-center';
import { notFound } from '../errors';
import type { SimStore } from '../store';
import type { Handlers } from './types';

function group(groupID: number) {
  const found = serviceGroups.find((g) => g.ID === groupID);
  if (!found) throw notFound(`service group ${groupID}`);
  return found;
}

/** The Contact Center's opening hours and their exceptions (this year's and next year's holidays). */
export const contactCenterHandlers: Handlers<'listServiceSchedules' | 'listServiceScheduleExceptions'> = {
  listServiceSchedules: (_, { groupID }) => ({ data: group(groupID).hours }),
  listServiceScheduleExceptions: (store: SimStore, { groupID }) => {
    const year = store.now().getUTCFullYear();
    const closed = Object.entries(group(groupID).closed);
    return {
      data: [year, year + 1].flatMap((y) =>
        closed.map(([monthDay, description]) => ({
          date: toWireDate(`${y}-${monthDay}`),
          description,
          closed: true,
        })),
      ),
    };
  },
};
