import 'server-only';
import { attendeeIdentity, bookerCpf } from '@/lib/details/person';
import type { DetailsValues } from '@/lib/details/schema';
import { BRASILIA, dayIn } from '@/lib/format/time';
import { clientKey } from '@/lib/http/client-key';
import { enqueueResend } from '@/lib/notices/queue';
import { log } from '@/lib/ops/log';
import { metrics } from '@/lib/ops/metrics';
import { checkProof, noteSuspicious, proofAsked, type Posted, type Proof } from './challenge';
import { countClientCreate, countPersonCreate } from './create-limits';
import { checkHold, type HoldScope } from './holds';
import type { Refusal } from './idempotency';

/** What the gates say before a create: go on (holding the person's place in the scope), or why not. */
export type Admission =
  | { kind: 'ok'; hold: Extract<Awaited<ReturnType<typeof checkHold>>, { kind: 'free' }> }
  /** A proof of work is asked first (CHALLENGE): solved by the page, or waited for without JavaScript. */
  | { kind: 'prove'; proof: Proof; waitSeconds: number }
  /** Too many bookings from this client or for this person in the window: nothing was made. */
  | { kind: 'slowed'; retryInMinutes: number }
  /** This person already holds an active appointment in the scope (BOOKING_LIMIT). */
  | { kind: 'already-booked'; protocol: string };

export type Gate = Exclude<Admission, { kind: 'ok' }>;

/**
 * The gates a create passes, in order, each counted before it is checked (staff booking for a
 * caller pass them all but the person's hold being written):
 * 1. creates from this client (an IPv6 /64 as one), past which a proof of work (without
 *    JavaScript, a short wait) while traffic looks automated or this address has made many;
 * 2. creates for this person;
 * 3. one active appointment per person and scope (BOOKING_LIMIT), race-free across tabs and
 *    instances: the person's confirmation goes again to the contact on file, never to the page.
 * Run only by the request that claimed the key: its twins are answered from the key.
 */
export async function admit(
  key: string,
  details: DetailsValues,
  where: HoldScope & { date: string; replacing?: string },
  exempt: boolean,
  proof: Posted,
): Promise<Admission> {
  if (!exempt) {
    const client = await clientKey();
    const fromClient = await countClientCreate(client);
    if (!fromClient.ok) return slowed(fromClient.retryInMinutes);
    if (await proofAsked(fromClient.mustProve)) {
      const verdict = await checkProof(proof, key, client);
      if (!verdict.passed) {
        // Posted without the proof its page would have asked for: a script that never reads the page.
        if (!proof.altcha && !proof.ticket) await noteSuspicious('no-proof');
        return { kind: 'prove', proof: verdict.proof, waitSeconds: verdict.waitSeconds };
      }
    }
    const byPerson = await countPersonCreate(bookerCpf(details));
    if (!byPerson.ok) return slowed(byPerson.retryInMinutes);
  }
  const { date, replacing, ...scope } = where;
  const hold = await checkHold(scope, attendeeIdentity(details), date, { replacing, exempt });
  if (hold.kind === 'free') return { kind: 'ok', hold };
  // Never shown to whoever typed the CPF: its confirmation goes again to the contact on file.
  await enqueueResend(hold.protocol, dayIn(Date.now(), BRASILIA)).catch((error: unknown) =>
    log.warn({ err: (error as Error).message }, 'confirmation not sent again'),
  );
  return { kind: 'already-booked', protocol: hold.protocol };
}

async function slowed(retryInMinutes: number): Promise<Gate> {
  await noteSuspicious('create-limit');
  metrics().limited.inc({ what: 'create' });
  return { kind: 'slowed', retryInMinutes };
}

/** What the key tells a refused request's twins (a proof of work is asked of each request itself). */
export const refusalOf = (gate: Gate): Refusal =>
  gate.kind === 'prove' ? { kind: 'prove', waitSeconds: gate.waitSeconds } : gate;

/** The answer a gate gave this request's twin; a proof of work is asked of each request itself. */
export async function refusedTwin(key: string, refusal: Refusal): Promise<Gate | { kind: 'in-progress' }> {
  if (refusal.kind !== 'prove') return refusal;
  const verdict = await checkProof({}, key, await clientKey());
  return verdict.passed
    ? { kind: 'in-progress' }
    : { kind: 'prove', proof: verdict.proof, waitSeconds: verdict.waitSeconds };
}
