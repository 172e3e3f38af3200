import 'server-only';
import { env } from '@/lib/env';
import { clientKey } from '@/lib/http/client-key';
import { lazyLimiter, refund, requestsPerClient, take } from '@/lib/limits';
import { metrics } from '@/lib/ops/metrics';
import { getAppointment, isTatodeskErrorOf, type Appointment } from '@/lib/tatodesk';
import { matchesPerson, type LookupFields } from './lookup-schema';

/** Every answer takes at least this long, so that timing tells a wrong pair from no protocol apart by nothing. */
const FLOOR_MS = 600;

const perClient = () => {
  const { maxFailures, windowMs } = env().lookup;
  return limiter('lookup', maxFailures, windowMs);
};
/** Guesses at one protocol from anywhere: protocols are sequential per day, so they are counted too. */
const perProtocol = () => limiter('lookup-protocol', PROTOCOL_FAILURES, env().lookup.windowMs);
const PROTOCOL_FAILURES = 10;
const limiters = new Map<string, ReturnType<typeof lazyLimiter>>();
const limiter = (keyPrefix: string, points: number, windowMs: number) => {
  if (!limiters.has(keyPrefix)) {
    limiters.set(keyPrefix, lazyLimiter({ keyPrefix, points, duration: Math.ceil(windowMs / 1000) }));
  }
  return limiters.get(keyPrefix)!();
};

export type LookupOutcome =
  { kind: 'found'; appointment: Appointment } | { kind: 'not-found' } | { kind: 'limited'; retryInMinutes: number };

/**
 * The appointment behind a protocol, if the person's CPF and contact on file match. A wrong pair and an unknown
 * protocol give the same answer in the same time. Every attempt is counted before it is
 * checked (per client and per protocol) and given back when it finds the appointment.
 */
export async function lookUp({ protocol, ...person }: LookupFields): Promise<LookupOutcome> {
  const started = Date.now();
  const client = await clientKey();
  for (const [limiter, who] of [
    [requestsPerClient(), client],
    [perClient(), client],
    [perProtocol(), protocol],
  ] as const) {
    const taken = await take(limiter, who);
    if (!taken.ok) {
      metrics().limited.inc({ what: 'lookup' });
      return { kind: 'limited', retryInMinutes: taken.retryInMinutes };
    }
  }
  const appointment = await getAppointment(protocol).catch((error: unknown) => {
    if (isTatodeskErrorOf(error, 'not-found')) return undefined;
    throw error;
  });
  const found = appointment && matchesPerson(person, appointment) ? appointment : undefined;
  if (found) await Promise.all([refund(perClient(), client), refund(perProtocol(), protocol)]);
  const wait = FLOOR_MS - (Date.now() - started);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return found ? { kind: 'found', appointment: found } : { kind: 'not-found' };
}
