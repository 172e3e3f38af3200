import { randomUUID } from 'node:crypto';
import type { KeyValueStore } from './types';

const STEP_MS = 200;

/**
 * A lock shared by every instance (the store's set-if-absent), waited for at most `waitMs`:
 * `release` lets go only if this holder still has it (a lock that expired and was taken by
 * another is left alone). Undefined when it could not be had in time.
 */
export async function acquireLock(
  store: KeyValueStore,
  key: string,
  options: { ttlMs: number; waitMs: number },
): Promise<{ release: () => Promise<void> } | undefined> {
  const owner = randomUUID();
  for (let waited = 0; !(await store.add(key, owner, options.ttlMs)); waited += STEP_MS) {
    if (waited >= options.waitMs) return undefined;
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
  return { release: () => store.swap(key, owner, undefined, options.ttlMs).then(() => undefined) };
}
