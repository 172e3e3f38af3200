import { expect, vi } from 'vitest';

/**
 * The notice queue and its workers as an instance starts them, configured through the
 * environment: fresh modules, so that each test's variables are read anew. Call `stop` after.
 */
export async function noticeWorkers(variables: Record<string, string>) {
  // Only what this test names: the templates another test set are unset again.
  for (const key of Object.keys(process.env).filter((k) => k.startsWith('NOTIFY_'))) vi.stubEnv(key, undefined);
  for (const [key, value] of Object.entries({ REMINDER_OFFSETS: 'off', DELIVERY_CHECK_SECONDS: '1', ...variables }))
    vi.stubEnv(key, value);
  vi.resetModules();
  const jobs = await import('@/lib/jobs');
  await jobs.stopWorkers();
  (await import('@/lib/env')).env();
  const { log } = await import('@/lib/ops/log');
  const workers = await import('@/lib/server/workers');
  const queue = await import('@/lib/notices/queue');
  await workers.startAllWorkers();
  return {
    ...queue,
    handlers: workers.handlers,
    errors: vi.spyOn(log, 'error'),
    warnings: vi.spyOn(log, 'warn'),
    /** Until every job queued (and those they queued) has run: no sleeping on a guess. */
    settled: () => expect.poll(() => jobs.pendingJobs(), { timeout: 20_000, interval: 100 }).toBe(0),
    stop: () => jobs.stopWorkers(),
  };
}
