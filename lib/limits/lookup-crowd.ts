import { RateLimiterMemory } from 'rate-limiter-flexible';
import { env } from '@/lib/env';

const key = Symbol.for('booking.lookup-crowd');
type Holder = { [key]?: RateLimiterMemory };

/**
 * Whether this instance takes one more lookup now: at most LOOKUP_INSTANCE_LIMIT in each
 * LOOKUP_INSTANCE_WINDOW_SECONDS from everyone together. The per-client and per-protocol limits
 * hold each client; this holds a crowd of them, so that many addresses cannot slow every other
 * page. One count per process, shared by the proxy (posted forms) and the lookup action (the
 * JavaScript form), made once even if the bundler evaluates this module twice.
 */
export async function admitLookup(): Promise<boolean> {
  const holder = globalThis as Holder;
  const { instanceLimit, instanceWindowSeconds } = env().lookup;
  holder[key] ??= new RateLimiterMemory({
    keyPrefix: 'lookup-crowd',
    points: instanceLimit,
    duration: instanceWindowSeconds,
  });
  try {
    await holder[key].consume('instance');
    return true;
  } catch {
    return false;
  }
}
