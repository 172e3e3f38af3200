// The JavaScript budget of every page: its first-load bytes (gzipped) against the floor, the same
// measure of a bare page of the same Next version with one server-action form
// (scripts/bench/floor-app). Every page ≤ floor + 5%; the pages that refresh live ≤ + 15%; the
// forms checked as one types ≤ + 20%.
import { kb } from './measure';

export const DEFAULT_RATIO = 1.05;

/** Routes allowed more than the floor's +5%, and why. */
export const TIERS = [
  {
    ratio: 1.15,
    why: 'refreshed live (TanStack Query): the calendar and the times, and the staff views that follow Tatodesk',
    routes: ['/book/date', '/book/time', '/staff/appointments/[protocol]', '/staff/attendances/[id]', '/staff/day'],
  },
  {
    ratio: 1.2,
    why: 'forms checked as one types: details, lookup, walk-in',
    routes: ['/book/details', '/appointments', '/staff/walk-in'],
  },
] as const;

export const budgetOf = (route: string): number =>
  TIERS.find((tier) => (tier.routes as readonly string[]).includes(route))?.ratio ?? DEFAULT_RATIO;

export type Row = { route: string; bytes: number; ratio: number; budget: number; limit: number; over: boolean };

/** Each route beside the floor and its budget, in route order. */
export function againstFloor(sizes: Record<string, number>, floor: number): Row[] {
  return Object.entries(sizes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([route, bytes]) => {
      const budget = budgetOf(route);
      const limit = Math.floor(floor * budget);
      return { route, bytes, ratio: bytes / floor, budget, limit, over: bytes > limit };
    });
}

/** What a route over its budget is told: the route, its size, its budget and the floor. */
export const overMessage = (row: Row, floor: number) =>
  `${row.route}: ${kb(row.bytes)} of JavaScript, over its budget of ${kb(row.limit)} ` +
  `(the floor, a bare Next page, ${kb(floor)} × ${row.budget})`;
