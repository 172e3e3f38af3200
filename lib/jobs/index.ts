import 'server-only';
import { z } from 'zod';
import { env } from '@/lib/env';
import { log } from '@/lib/ops/log';
import { bullQueue } from './bullmq';
import { memoryQueue } from './memory';
import { PermanentJobError, type JobHandler, type JobQueue, type JobSpec } from './types';

export { PermanentJobError, type JobSpec, type JobHandler } from './types';

const key = Symbol.for('booking.jobs');
type Holder = { [key]?: { durable?: JobQueue; local: JobQueue } };

/**
 * The process's queues, made once (the bundler may load this module more than once): BullMQ when
 * Redis is configured (REDIS_URL or REDIS_SENTINELS), and always an in-process one, which takes a job Redis could not.
 */
function queues() {
  const holder = globalThis as Holder;
  if (!holder[key]) {
    const target = env().redis;
    holder[key] = { durable: target ? bullQueue(target) : undefined, local: memoryQueue() };
  }
  return holder[key];
}

/**
 * Adds a job. With Redis away, the job runs in this process instead of being lost (it then
 * lasts only as long as the process; the once-only marks in the store still hold where they can).
 */
export async function addJob(name: string, data: unknown, spec: JobSpec): Promise<void> {
  // What BullMQ refuses, refused in every queue: a job tested on the in-process queue is one Redis takes.
  if (spec.id.includes(':') || /^\d+$/.test(spec.id)) throw new Error(`job id not usable by BullMQ: ${spec.id}`);
  const { durable, local } = queues();
  if (durable) {
    try {
      return await durable.add(name, data, spec);
    } catch (error) {
      log.error({ job: name, jobId: spec.id, err: (error as Error).message }, 'job queue unavailable: run in process');
    }
  }
  await local.add(name, data, spec);
}

/** Starts this instance's workers, and the repeated jobs (each fires once per period across instances). */
export async function startWorkers(handlers: Record<string, JobHandler>, repeated: Record<string, number>) {
  const { durable, local } = queues();
  local.work(handlers);
  durable?.work(handlers);
  for (const [name, everyMs] of Object.entries(repeated)) {
    try {
      await (durable ?? local).every(name, everyMs);
    } catch (error) {
      log.error({ job: name, err: (error as Error).message }, 'repeated job not scheduled: redis unavailable');
    }
  }
}

export async function stopWorkers(): Promise<void> {
  const holder = globalThis as Holder;
  const current = holder[key];
  delete holder[key];
  await Promise.all([current?.durable?.close(), current?.local.close()]);
}

export const queueKind = () => (queues().durable ? 'bullmq' : 'memory');

/** Jobs not yet done in this process's queues (the durable one counts every instance's). */
export async function pendingJobs(): Promise<number> {
  const { durable, local } = queues();
  return (await local.pending()) + (durable ? await durable.pending() : 0);
}

/**
 * Whether this instance's job queue runs: its workers were started and, with Redis, the queue
 * answers and its worker is running. Without Redis the in-process queue is the one (it always runs once started).
 */
export async function queueHealth(): Promise<'ok' | 'down'> {
  const { durable, local } = queues();
  if (!(durable ?? local).working()) return 'down';
  return durable && !(await durable.healthy()) ? 'down' : 'ok';
}

/** A job's data checked against its schema: data no retry can mend fails the job for good. */
export function jobData<T>(schema: z.ZodType<T>, data: unknown, job: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new PermanentJobError(`${job}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
