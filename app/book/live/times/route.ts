import { availability } from '@/lib/booking/availability';
import { dayScope, liveAnswer, offered } from '@/lib/live';

/** A day's times, every period in one round trip: the time question's own refresh. */
export function GET(request: Request) {
  return liveAnswer(
    request,
    dayScope,
    ({ unit, serviceType, date }) => availability.day({ unitId: unit, serviceTypeId: serviceType, date }),
    2,
    offered,
  );
}
