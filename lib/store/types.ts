import { STORE_UNAVAILABLE } from '@/lib/failure';

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
  /**
   * Replaces the value only if it still is `expected` (compared as JSON), or removes it when
   * `next` is undefined; true when this call changed it (a claim handed over, a heartbeat).
   */
  swap<T>(key: string, expected: T, next: T | undefined, ttlMs: number): Promise<boolean>;
  /** Adds to a counter in one step (from 0 when absent) and returns its new value: a reservation. */
  increment(key: string, by: number, ttlMs: number): Promise<number>;
  /**
   * Waits (briefly) until a replica holds every write made so far, where replicas are expected
   * (Redis under Sentinel, whose replication is asynchronous): a claim taken just before the
   * primary dies then survives the switch. True when one does, or when none is expected; false
   * when none does in time, or when the wait itself fails (never an error).
   */
  replicated(): Promise<boolean>;
}

/**
 * The mark every store-unavailable error carries. The bundler may load this module more than once
 * (a route handler's layer and a page's), and the store is made once per process by whichever copy
 * came first: `instanceof` against another copy's class then fails, and a server action rethrew the
 * calm failure as a bare 500 (seen in e2e/faults/failover.spec.ts). A registered symbol is one
 * across copies.
 */
const UNAVAILABLE = Symbol.for('booking.store-unavailable');

/** The shared store did not answer: what needed it (a draft, a claim, a session) cannot go on now. */
export class StoreUnavailableError extends Error {
  readonly [UNAVAILABLE] = true;
  override readonly name = 'StoreUnavailableError';
  /** Kept by Next on the way to the error page, which then speaks of this failure and not a generic one. */
  readonly digest = STORE_UNAVAILABLE;
  constructor(cause: unknown) {
    super('the shared store is unavailable', { cause });
  }
}

export const isStoreUnavailable = (error: unknown): error is StoreUnavailableError =>
  typeof error === 'object' && error !== null && (error as { [UNAVAILABLE]?: unknown })[UNAVAILABLE] === true;
