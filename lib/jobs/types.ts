/** A job to run once: `id` names it, and a second job with the same id is the same job (not run again). */
export type JobSpec = {
  id: string;
  delayMs?: number;
  /** Tries in all (1: never retried), with exponential backoff from `backoffMs`. */
  attempts?: number;
  backoffMs?: number;
  /** A job that failed every try may be added again under its id (a later pass will find it due again). */
  forgetFailure?: boolean;
};

export type JobHandler = (data: unknown, attempt: number) => Promise<void>;

/**
 * Durable work behind a small interface: BullMQ on Redis when REDIS_URL is set (jobs survive a
 * crash or restart, a job runs once across instances, a repeated job fires once per period across
 * them); in-process otherwise (one instance only: what is queued is lost with the process).
 */
export interface JobQueue {
  readonly kind: 'bullmq' | 'memory';
  add(name: string, data: unknown, spec: JobSpec): Promise<void>;
  /** Runs job `name` every `everyMs`, once per period whatever the number of instances. */
  every(name: string, everyMs: number): Promise<void>;
  /** Starts taking jobs with these handlers (by job name). */
  work(handlers: Record<string, JobHandler>): void;
  /** Whether work() was called and its worker is running. */
  working(): boolean;
  /** Whether the queue's backend answers now (Redis for BullMQ). */
  healthy(): Promise<boolean>;
  /** Jobs not yet done: waiting, running, delayed (for tests and a health view). */
  pending(): Promise<number>;
  close(): Promise<void>;
}

/** A failure no retry can mend (a template the account does not have): the job stops here. */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}
