import 'server-only';
import { env } from '@/lib/env';
import { cached, dropCached } from '@/lib/store';
import { listDates } from '@/lib/tatodesk';
import { daySlots, type SlotScope } from './slots';

type UnitScope = Omit<SlotScope, 'date'>;

const datesKey = (s: UnitScope) => `availability:dates:${s.unitId}:${s.serviceTypeId}`;
const dayKey = (s: SlotScope) => `availability:day:${s.unitId}:${s.serviceTypeId}:${s.date}`;
const ttl = () => env().availabilityTtlMs;

/**
 * What is free, read through a micro-cache: when a city opens its month, every citizen on the
 * same unit and day shares one read per `AVAILABILITY_TTL_MS`, across instances with Redis. An
 * hour another channel books meanwhile may show for that long (the create then says it is taken);
 * what this app itself books or is told is taken is dropped at once (`changed`).
 */
export const availability = {
  dates: (s: UnitScope) => cached(datesKey(s), ttl(), () => listDates(s)),
  day: (s: SlotScope) => cached(dayKey(s), ttl(), () => daySlots(s)),
  /** A time of this day was just taken (by this app, or so the upstream said): read the day and its unit's dates anew. */
  changed: async (s: SlotScope) => {
    await Promise.all([dropCached(datesKey(s), ttl()), dropCached(dayKey(s), ttl())]);
  },
};
