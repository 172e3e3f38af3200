import { availability } from '@/lib/booking/availability';
import { liveAnswer, offered, unitScope } from '@/lib/live';

/** The days on view, fresh (lib/booking/availability.ts): the calendar's own refresh. */
export function GET(request: Request) {
  return liveAnswer(
    request,
    unitScope,
    ({ unit, serviceType }) => availability.dates({ unitId: unit, serviceTypeId: serviceType }),
    2,
    offered,
  );
}
