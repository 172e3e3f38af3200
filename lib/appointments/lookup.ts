import 'server-only';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { clientKey } from '@/lib/client-key';
import { env } from '@/lib/env';
import { rateLimiter } from '@/lib/store';
import { getAppointment, isTatodeskErrorOf, type Appointment } from '@/lib/tatodesk';
import { matchesSecret } from './lookup-schema';

/** Every answer takes at least this long, so that timing tells a wrong pair from no protocol apart by nothing. */
const FLOOR_MS = 600;

let limiter: RateLimiterAbstract | undefined;
function failures() {
  const { maxFailures, windowMs } = env().lookup;
  limiter ??= rateLimiter({ keyPrefix: 'lookup', points: maxFailures, duration: Math.ceil(windowMs / 1000) });
  return limiter;
}

export type LookupOutcome =
  { kind: 'found'; appointment: Appointment } | { kind: 'not-found' } | { kind: 'limited'; retryInMinutes: number };

/**
 * The appointment behind a protocol, if the second factor matches. A wrong pair and an unknown
 * protocol give the same answer in the same time; failures from one client are limited.
 */
export async function lookUp(protocol: string, secret: string): Promise<LookupOutcome> {
  const started = Date.now();
  const client = await clientKey();
  const state = await failures().get(client);
  if (state && state.consumedPoints >= env().lookup.maxFailures) {
    return { kind: 'limited', retryInMinutes: Math.max(1, Math.ceil(state.msBeforeNext / 60_000)) };
  }
  const appointment = await getAppointment(protocol).catch((error: unknown) => {
    if (isTatodeskErrorOf(error, 'not-found')) return undefined;
    throw error;
  });
  const found = appointment && matchesSecret(secret, appointment.client) ? appointment : undefined;
  if (!found) await failures().penalty(client, 1);
  const wait = FLOOR_MS - (Date.now() - started);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return found ? { kind: 'found', appointment: found } : { kind: 'not-found' };
}
