import { LRUCache } from 'lru-cache';
import { log } from '@/lib/ops/log';
import { PermanentJobError, type JobHandler, type JobQueue, type JobSpec } from './types';

/**
 * The in-process queue, for a single instance without Redis: delayed jobs, retries with backoff,
 * one run per job id while the process lives. Nothing survives a restart (docs/product.md, "Reminders").
 */
export function memoryQueue(): JobQueue {
  const handlers = new Map<string, JobHandler>();
  const seen = new LRUCache<string, true>({ max: 100_000 });
  const waiting: { name: string; data: unknown; spec: JobSpec }[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let running = 0;
  const repeating = new Set<NodeJS.Timeout>();

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  async function run(name: string, data: unknown, spec: JobSpec, attempt: number): Promise<void> {
    const handler = handlers.get(name);
    if (!handler) return void waiting.push({ name, data, spec });
    running++;
    try {
      await handler(data, attempt);
    } catch (error) {
      const attempts = spec.attempts ?? 1;
      const last = error instanceof PermanentJobError || attempt >= attempts;
      log[last ? 'error' : 'warn'](
        { job: name, jobId: spec.id, attempt, attempts, err: error instanceof Error ? error.message : String(error) },
        last ? 'job failed' : 'job failed, retrying',
      );
      if (!last) later((spec.backoffMs ?? 1000) * 2 ** (attempt - 1), () => void run(name, data, spec, attempt + 1));
      else if (spec.forgetFailure) seen.delete(spec.id);
    } finally {
      running--;
    }
  }

  return {
    kind: 'memory',
    async add(name, data, spec) {
      if (seen.has(spec.id)) return;
      seen.set(spec.id, true);
      later(spec.delayMs ?? 0, () => void run(name, data, spec, 1));
    },
    async every(name, everyMs) {
      // Apart from the jobs' timers: a repeated job is never "pending".
      const tick = () => {
        void run(name, {}, { id: name }, 1).finally(() => {
          const timer = setTimeout(tick, everyMs);
          timer.unref();
          repeating.add(timer);
        });
      };
      const timer = setTimeout(tick, everyMs);
      timer.unref();
      repeating.add(timer);
    },
    async pending() {
      return timers.size + running + waiting.length;
    },
    working: () => handlers.size > 0,
    healthy: async () => true,
    work(given) {
      for (const [name, handler] of Object.entries(given)) handlers.set(name, handler);
      for (const job of waiting.splice(0)) later(0, () => void run(job.name, job.data, job.spec, 1));
    },
    async close() {
      for (const timer of [...timers, ...repeating]) clearTimeout(timer);
      timers.clear();
      repeating.clear();
    },
  };
}
