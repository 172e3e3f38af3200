import 'server-only';
import { env } from '@/lib/env';
import { lazyLimiter, take, type Taken } from '@/lib/limits';
import { person } from './holds';

/**
 * Bookings one client and one person (a keyed hash of the CPF) may make in a window, counted
 * before anything is created (consume, then check). The person is the real cap: a person booking
 * once or twice never meets it, a script booking places by the dozen under one CPF is slowed.
 * An address is many people as often as it is one (a CRAS, a library, a Poupatempo kiosk, a phone
 * network behind carrier-grade NAT): past a few creates it is asked for a proof of work
 * (`challengeFromClient`, lib/booking/challenge.ts), which costs a person a second once and a
 * script a second per place; only far past that (`perClient`) is it told to come back later.
 */
const limiters = new Map<string, ReturnType<typeof lazyLimiter>>();
function limiter(keyPrefix: string, points: number) {
  if (!limiters.has(keyPrefix)) {
    limiters.set(keyPrefix, lazyLimiter({ keyPrefix, points, duration: env().createLimit.windowSeconds }));
  }
  return limiters.get(keyPrefix)!();
}
const byClient = () => limiter('creates-client', env().createLimit.perClient);
const byPerson = () => limiter('creates-person', env().createLimit.perPerson);

/**
 * One more create from this client (the address the limits count by, lib/http/client-key.ts), counted
 * before anything is checked: past the backstop it is refused with when to come back; past
 * `challengeFromClient` it must prove work.
 */
export async function countClientCreate(
  client: string,
): Promise<Exclude<Taken, { ok: true }> | { ok: true; mustProve: boolean }> {
  const taken = await take(byClient(), client);
  if (!taken.ok) return taken;
  const from = env().createLimit.challengeFromClient;
  return { ok: true, mustProve: from > 0 && taken.consumed > from };
}

/** One more create by this person (a keyed hash of the CPF), counted before it is checked. */
export const countPersonCreate = (cpf: string): Promise<Taken> => take(byPerson(), person(cpf));

/** Whether this client's next create must prove work (read, not counted: for the page to offer the proof). */
export async function clientMustProve(client: string): Promise<boolean> {
  const from = env().createLimit.challengeFromClient;
  if (from === 0) return false;
  const counted = await byClient().get(client);
  return (counted?.consumedPoints ?? 0) >= from;
}
