/**
 * Shared state behind a small interface, so that several app instances behave as one:
 * in-process by default, Redis when REDIS_URL is set.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
  /** Sets the value only if the key is absent; true when this call set it (a lock or a claim). */
  add<T>(key: string, value: T, ttlMs: number): Promise<boolean>;
  delete(key: string): Promise<void>;
}
