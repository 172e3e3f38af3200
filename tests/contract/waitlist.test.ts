import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bullQueue } from '@/lib/jobs/bullmq';
import type { JobQueue } from '@/lib/jobs/types';
import type * as Entries from '@/lib/waitlist/entries';
import type * as Watch from '@/lib/waitlist/watch';
import { startRedis } from '@/test-support/redis-server';
import { citizen, simulatorSuite } from './harness';
import { noticeWorkers } from './notices';

const suite = simulatorSuite();
let redis: Awaited<ReturnType<typeof startRedis>>;
let workers: Awaited<ReturnType<typeof noticeWorkers>>;
let entries: typeof Entries;
let watch: typeof Watch;
let second: JobQueue;

// The watcher as instances run it, on a real Redis: its reads guarded there, its notices queued on BullMQ.
beforeAll(async () => {
  redis = await startRedis();
  vi.stubEnv('SESSION_SECRET', 'a-test-secret-of-at-least-32-characters');
  workers = await noticeWorkers({
    REDIS_URL: redis.url,
    WAITLIST_POLL_SECONDS: '1',
    NOTIFY_WAITLIST_EMAIL_TEMPLATE: 'waiting-list-place',
  });
  entries = await import('@/lib/waitlist/entries');
  watch = await import('@/lib/waitlist/watch');
  // A second instance's worker on the same Redis.
  second = bullQueue({ kind: 'single', url: redis.url });
  second.work({ ...workers.handlers, ...watch.waitlistHandlers });
}, 60_000);
afterAll(async () => {
  await Promise.all([workers?.stop(), second?.close()]);
  await redis?.stop();
});

// INSS in Rio Branco, on a day this file fills.
const scope = { companyId: 105, unitId: 510, serviceTypeId: 314 };
const DAY = '2026-12-03';
const base = {
  scope,
  journey: 'company=105&category=208&serviceType=314&region=407&unit=510',
  service: 'Perícia médica',
  unit: 'Agência Rio Branco',
  timeZone: 'America/Rio_Branco',
  channel: 'email' as const,
  language: 'pt-BR' as const,
  origin: 'https://agendamento.example.gov.br',
};

/** Books every place of the day, as other channels would; the protocols, to give places back. */
async function fillDay(date: string) {
  const protocols: string[] = [];
  let n = 0;
  for (const slot of await suite.control.slots(scope.unitId, scope.serviceTypeId, date)) {
    for (let i = 0; i < slot.vacancies; i++) {
      const person = { ...citizen, email: `cheio.${++n}@exemplo.com.br` };
      protocols.push(
        await suite.control.book({
          companyID: 105,
          unitID: 510,
          attendanceTypeID: 314,
          date,
          hour: slot.hour,
          client: person,
        }),
      );
    }
  }
  return protocols;
}

const noticesTo = async (email: string) =>
  (await suite.control.notifications()).filter((n) => n.to === email && n.metadata?.kind === 'waiting-list');
const read = async () => watch.watchScope(scope);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the waiting list watcher', () => {
  it('tells the first in line whose days hold a place that opens, once, with a link to the day, reading at its pace', async () => {
    const taken = await fillDay(DAY);
    const later = await entries.addEntry({
      ...base,
      from: '2026-12-10',
      to: '2026-12-20',
      contact: 'depois@exemplo.com.br',
    });
    const first = await entries.addEntry({ ...base, from: DAY, to: DAY, contact: 'primeira@exemplo.com.br' });
    const second = await entries.addEntry({
      ...base,
      from: '2026-12-01',
      to: '2026-12-31',
      contact: 'segunda@exemplo.com.br',
    });
    const leaving = await entries.addEntry({ ...base, from: DAY, to: DAY, contact: 'saiu@exemplo.com.br' });
    const gone = await entries.addEntry({
      ...base,
      from: '2026-11-20',
      to: '2026-11-30',
      contact: 'passou@exemplo.com.br',
    });
    await entries.removeEntry(leaving);
    // What they saw as they joined: the day full.
    await watch.noteSeen(scope, await suite.tatodesk.listDates(scope));

    // Two instances sweep every second (WAITLIST_POLL_SECONDS=1); a place is given back.
    const since = Date.now();
    await suite.control.setStatus(taken[0]!, 'cancelled');
    await expect.poll(() => noticesTo('primeira@exemplo.com.br'), { timeout: 15_000 }).toHaveLength(1);
    const [told] = await noticesTo('primeira@exemplo.com.br');
    expect(told!.templateID).toBe('waiting-list-place');
    expect(told!.parameters).toMatchObject({
      link: `https://agendamento.example.gov.br/book/time?${base.journey}&date=${DAY}`,
      leave: `https://agendamento.example.gov.br/waiting-list/${first.id}`,
      date: '3 de dezembro de 2026',
    });
    expect((await entries.readEntry(first.id))?.state).toBe('notified');
    // Past its last day at the unit's clock: gone, and its contact with it.
    expect(await entries.readEntry(gone.id)).toBeUndefined();
    // Ahead of the second now: the one who joined first (for other days).
    expect(await entries.placeInLine((await entries.readEntry(second.id))!)).toBe(1);

    // A read asked for by hand while the sweeps run: never a second read within the period.
    const both = await Promise.all([read(), read()]);
    expect(both.filter((r) => r.read).length).toBeLessThanOrEqual(1);
    await sleep(3000);
    await workers.settled();
    // One place, one notice: nobody else was told, however many reads followed.
    for (const other of ['segunda@exemplo.com.br', 'depois@exemplo.com.br', 'saiu@exemplo.com.br'])
      expect(await noticesTo(other)).toEqual([]);
    expect(await noticesTo('primeira@exemplo.com.br')).toHaveLength(1);
    // The scope's dates were read at most once per 0.8 s across both instances, and were read.
    const reads = (await suite.control.log()).filter(
      (l) => l.endpoint === 'listSchedulingDates' && l.unitID === 510 && Date.parse(l.at) >= since,
    );
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.length).toBeLessThanOrEqual(Math.floor((Date.now() - since) / 800) + 1);

    // The next place goes to the next in line.
    await suite.control.setStatus(taken[1]!, 'cancelled');
    await expect.poll(() => noticesTo('segunda@exemplo.com.br'), { timeout: 15_000 }).toHaveLength(1);
    expect(await noticesTo('depois@exemplo.com.br')).toEqual([]);
    expect((await entries.readEntry(later.id))?.state).toBe('waiting');
    expect((await entries.watchedScopes()).map(entries.scopeKey)).toEqual(['105:510:314']);
  });
});
