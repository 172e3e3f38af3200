import { expect, it } from 'vitest';
import { citizen, simulatorSuite } from './harness';

const suite = simulatorSuite();

it('a unit with more than 1,000 attendances a day: the counts are the whole day’s, and a name is found on any page', async () => {
  // 1,050 walk-ins at one unit today, the last with a name of its own.
  const total = 1050;
  for (let done = 0; done < total; done += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, total - done) }, (_, i) =>
        suite.tatodesk.createWalkIn({
          companyId: 102,
          unitId: 506,
          serviceTypeId: 307,
          client: { name: done + i === total - 1 ? 'Zuleica Derradeira' : `Pessoa ${done + i}`, cpf: citizen.cpf },
          answers: [],
        }),
      ),
    );
  }
  const { loadDay } = await import('@/lib/staff/day');
  const query = { unit: 506, date: '2026-12-01', status: [], page: 1 } as const;
  const day = await loadDay({ ...query, status: [] });
  expect(day.counts['checked-in']).toBeGreaterThanOrEqual(total);
  expect(day.counts.all).toBe(day.total);
  expect(day.total).toBeGreaterThan(1000);
  const found = await loadDay({ ...query, status: [], q: 'Zuleica' });
  expect(found.rows.map((r) => r.clientName)).toEqual(['Zuleica Derradeira']);
}, 60_000);
