import 'server-only';
import { store } from '@/lib/store';

/**
 * One booking per key across double clicks, retries, reloads and instances: the first request
 * claims the key, the others wait for its outcome.
 */
type Entry = { state: 'pending' } | { state: 'done'; protocol: string };

const CLAIM_MS = 60_000;
const DONE_MS = 24 * 60 * 60 * 1000;
const WAIT_MS = 10_000;
const POLL_MS = 200;
const storeKey = (key: string) => `booking:${key}`;

export const bookedProtocol = async (key: string) => {
  const entry = await store().get<Entry>(storeKey(key));
  return entry?.state === 'done' ? entry.protocol : undefined;
};

export const claim = (key: string) => store().add<Entry>(storeKey(key), { state: 'pending' }, CLAIM_MS);
export const release = (key: string) => store().delete(storeKey(key));
export const settle = (key: string, protocol: string) =>
  store().set<Entry>(storeKey(key), { state: 'done', protocol }, DONE_MS);

/** Waits (bounded) for the request holding the claim to finish. */
export async function awaitOutcome(key: string): Promise<string | undefined> {
  for (let waited = 0; waited < WAIT_MS; waited += POLL_MS) {
    const protocol = await bookedProtocol(key);
    if (protocol) return protocol;
    if (!(await store().get<Entry>(storeKey(key)))) return undefined;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return undefined;
}
