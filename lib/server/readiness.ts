import 'server-only';
import { env } from '@/lib/env';
import { queueHealth } from '@/lib/jobs';
import { storeHealth, storeKind } from '@/lib/store';
import { listCompanies } from '@/lib/tatodesk';

/**
 * What a load balancer or Kubernetes asks before sending citizens here (`GET /api/ready`): the
 * shared store answers (when configured), Tatodesk answers a cheap read, the job queue runs. Each
 * check says ok, or what is wrong in a word; nothing secret (no address, no key, no error text).
 */
export type Check = 'ok' | 'down' | 'not-configured';
export type Readiness = {
  ready: boolean;
  checks: { store: Check; upstream: Check; queue: Check };
  /** What the shared store is: `in-process` (this instance alone), `redis`, or `redis-sentinel`. */
  store: ReturnType<typeof storeKind>;
};

const CHECK_MS = 2000;
const key = Symbol.for('booking.ready');
type Holder = { [key]?: { at: number; result: Promise<Check> } };

/** Tatodesk's answer to one cheap read (List companies), trusted for READY_UPSTREAM_CACHE_SECONDS. */
function upstream(): Promise<Check> {
  const holder = globalThis as Holder;
  const last = holder[key];
  if (last && Date.now() - last.at < env().readyUpstreamCacheMs) return last.result;
  const result = within(listCompanies().then((): Check => 'ok'));
  holder[key] = { at: Date.now(), result };
  return result;
}

/** A check that does not answer in time is down: a probe never waits longer than its own timeout. */
async function within(check: Promise<Check>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Check>((resolve) => {
    timer = setTimeout(() => resolve('down'), CHECK_MS);
  });
  try {
    return await Promise.race([check.catch((): Check => 'down'), late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function readiness(): Promise<Readiness> {
  const [store, upstreamCheck, queue] = await Promise.all([within(storeHealth()), upstream(), within(queueHealth())]);
  const checks = { store, upstream: upstreamCheck, queue };
  return { ready: Object.values(checks).every((c) => c !== 'down'), checks, store: storeKind() };
}
