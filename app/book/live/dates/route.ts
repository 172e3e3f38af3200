import { liveAnswer, unitScope } from '@/lib/live';
import { listDates } from '@/lib/tatodesk';

/** The days on view, live from the upstream: the calendar's own refresh. */
export function GET(request: Request) {
  return liveAnswer(
    request,
    unitScope,
    ({ unit, serviceType }) => listDates({ unitId: unit, serviceTypeId: serviceType }),
    2,
  );
}
