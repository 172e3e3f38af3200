import { Queue, UnrecoverableError, Worker } from 'bullmq';
import type { RedisTarget } from '@/lib/env';
import { log } from '@/lib/ops/log';
import { redisConnection } from '@/lib/store/connection';
import { PermanentJobError, type JobHandler, type JobQueue } from './types';

const QUEUE = 'booking';
const PREFIX = 'booking:jobs';
/** Kept after they ran, so that the same id added again (a sweep's next pass) is known and not run twice. */
const KEEP = { age: 30 * 24 * 3600, count: 50_000 };
/** Redis not answering when a job is added: the caller learns it at once, not after a reconnection. */
const ADD_TIMEOUT_MS = 2000;

/** BullMQ on Redis: jobs outlive the process, and every instance's worker shares them. */
export function bullQueue(target: RedisTarget): JobQueue {
  // A queue's own connection fails fast when Redis is away; the worker's blocks, as BullMQ requires.
  const queue = new Queue(QUEUE, {
    prefix: PREFIX,
    connection: redisConnection(target, {
      maxRetriesPerRequest: null,
      enableOfflineQueue: false,
      connectTimeout: 1000,
    }),
  });
  queue.on('error', (error) => log.warn({ err: error.message }, 'job queue: redis error'));
  let worker: Worker | undefined;

  return {
    kind: 'bullmq',
    async add(name, data, spec) {
      const adding = queue.add(name, data, {
        jobId: spec.id,
        delay: spec.delayMs,
        attempts: spec.attempts ?? 1,
        backoff: { type: 'exponential', delay: spec.backoffMs ?? 1000 },
        removeOnComplete: KEEP,
        removeOnFail: spec.forgetFailure ? true : KEEP,
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('redis did not take the job in time')), ADD_TIMEOUT_MS);
      });
      try {
        await Promise.race([adding, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async every(name, everyMs) {
      await queue.upsertJobScheduler(
        name,
        { every: everyMs },
        { name, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
      );
    },
    work(handlers: Record<string, JobHandler>) {
      worker = new Worker(
        QUEUE,
        async (job) => {
          const handler = handlers[job.name];
          if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
          try {
            await handler(job.data, job.attemptsMade + 1);
          } catch (error) {
            if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
            throw error;
          }
        },
        {
          prefix: PREFIX,
          connection: redisConnection(target, { maxRetriesPerRequest: null, connectTimeout: 1000 }),
          concurrency: 4,
        },
      );
      worker.on('failed', (job, error) =>
        log.warn({ job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: error.message }, 'job failed'),
      );
      worker.on('error', (error) => log.warn({ err: error.message }, 'job worker: redis error'));
    },
    working: () => worker?.isRunning() ?? false,
    async healthy() {
      try {
        // The cheapest command the queue has; its connection fails at once while Redis is away.
        await queue.getJobCounts('active');
        return true;
      } catch {
        return false;
      }
    },
    async pending() {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      // The repeated jobs' next run waits as a delayed job: it is not work left undone.
      const repeats = (await queue.getJobSchedulersCount()) ?? 0;
      return Object.values(counts).reduce((sum, n) => sum + n, 0) - repeats;
    },
    async close() {
      await worker?.close();
      await queue.close();
    },
  };
}
