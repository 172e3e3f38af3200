import 'server-only';
import { everyPage, getInPersonReport } from '@/lib/tatodesk';

/** A few days of one service at one unit: the first pages hold any attendance of them. */
const MAX_PAGES = 20;

/**
 * One service's attendances at one unit over days (In-Person Services Report), read page after
 * page up to a bound: what a create whose answer was lost is looked for in (a booking, a walk-in).
 * `complete` says whether every page was read.
 */
export const unitDays = (
  where: { companyId: number; unitId: number; serviceTypeId: number },
  from: string,
  to: string,
) =>
  everyPage(
    (page) =>
      getInPersonReport({
        from,
        to,
        companyIds: [where.companyId],
        unitIds: [where.unitId],
        serviceTypeIds: [where.serviceTypeId],
        page,
      }),
    MAX_PAGES,
  );
