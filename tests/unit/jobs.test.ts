import { afterEach, describe, expect, it } from 'vitest';
import { memoryQueue } from '@/lib/jobs/memory';
import { PermanentJobError, type JobQueue } from '@/lib/jobs/types';

let queue: JobQueue;
afterEach(() => queue.close());
const drained = () => expect.poll(() => queue.pending(), { interval: 10 }).toBe(0);

describe('the in-process job queue', () => {
  it('runs a job once per id, after its delay', async () => {
    queue = memoryQueue();
    const runs: unknown[] = [];
    queue.work({ note: async (data) => void runs.push(data) });
    await queue.add('note', 'a', { id: 'a', delayMs: 20 });
    await queue.add('note', 'a again', { id: 'a' });
    await queue.add('note', 'b', { id: 'b' });
    await drained();
    expect(runs.sort()).toEqual(['a', 'b']);
  });

  it('retries with backoff up to its attempts; a permanent failure is not retried', async () => {
    queue = memoryQueue();
    const tries: Record<string, number[]> = { flaky: [], broken: [] };
    queue.work({
      flaky: async (_, attempt) => {
        tries.flaky!.push(attempt);
        if (attempt < 3) throw new Error('away');
      },
      broken: async (_, attempt) => {
        tries.broken!.push(attempt);
        throw new PermanentJobError('no such template');
      },
    });
    await queue.add('flaky', {}, { id: 'f', attempts: 5, backoffMs: 5 });
    await queue.add('broken', {}, { id: 'x', attempts: 5, backoffMs: 5 });
    await drained();
    expect(tries).toEqual({ flaky: [1, 2, 3], broken: [1] });
  });

  it('a job that failed every try may be added again only when it says so', async () => {
    queue = memoryQueue();
    let runs = 0;
    queue.work({
      fails: async () => {
        runs++;
        throw new Error('away');
      },
    });
    await queue.add('fails', {}, { id: 'kept' });
    await queue.add('fails', {}, { id: 'forgotten', forgetFailure: true });
    await drained();
    await queue.add('fails', {}, { id: 'kept' });
    await queue.add('fails', {}, { id: 'forgotten', forgetFailure: true });
    await drained();
    expect(runs).toBe(3);
  });

  it('holds jobs added before the workers start, and runs them then', async () => {
    queue = memoryQueue();
    const runs: string[] = [];
    await queue.add('early', 'x', { id: 'early' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toEqual([]);
    queue.work({ early: async (data) => void runs.push(String(data)) });
    await drained();
    expect(runs).toEqual(['x']);
  });
});
