import 'server-only';
import { env } from '@/lib/env';
import { lazyLimiter, take, type Taken } from '@/lib/limits';
import { person } from './holds';

/**
 * Bookings one client and one person (a keyed hash of the CPF) may make in a window, counted
 * before anything is created (consume, then check): a script booking places by the dozen is
 * slowed and told when to come back; a person booking once or twice never meets it.
 */
const limiters = new Map<string, ReturnType<typeof lazyLimiter>>();
function limiter(keyPrefix: string, points: number) {
  if (!limiters.has(keyPrefix)) {
    limiters.set(keyPrefix, lazyLimiter({ keyPrefix, points, duration: env().createLimit.windowSeconds }));
  }
  return limiters.get(keyPrefix)!();
}

/** `client`: the address the limits count by (lib/client-key.ts). */
export async function admitCreate(cpf: string, client: string): Promise<Taken> {
  const { perClient, perPerson } = env().createLimit;
  const byClient = await take(limiter('creates-client', perClient), client);
  if (!byClient.ok) return byClient;
  return take(limiter('creates-person', perPerson), person(cpf));
}
