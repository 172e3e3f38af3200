/**
 * The upstream's clock, as the Date header of its answers tells it: what is due (a reminder) is
 * judged on the clock the appointments are kept on, not on this server's, which may drift, and
 * which a test cannot move. Until an answer has come, this server's own clock.
 */
const holder = globalThis as { [key: symbol]: number | undefined };
const OFFSET = Symbol.for('booking.upstream-clock-offset');

/** Called with each answer's Date header (one-second resolution, which is all reminders need). */
export function noteUpstreamDate(header: string | null, receivedAt = Date.now()): void {
  if (!header) return;
  const at = Date.parse(header);
  if (Number.isFinite(at)) holder[OFFSET] = at - receivedAt;
}

export const upstreamNow = (): Date => new Date(Date.now() + (holder[OFFSET] ?? 0));
