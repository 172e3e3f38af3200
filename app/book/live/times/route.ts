import { daySlots } from '@/lib/booking/slots';
import { dayScope, liveAnswer } from '@/lib/live';

/** A day's times, every period in one round trip: the time question's own refresh. */
export function GET(request: Request) {
  return liveAnswer(
    request,
    dayScope,
    ({ unit, serviceType, date }) => daySlots({ unitId: unit, serviceTypeId: serviceType, date }),
    2,
  );
}
