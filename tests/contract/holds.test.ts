import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Holds from '@/lib/booking/holds';
import { startRedis } from '@/test-support/redis-server';
import { citizen, simulatorSuite } from './harness';

const suite = simulatorSuite();
let redis: Awaited<ReturnType<typeof startRedis>>;
let holds: typeof Holds;

beforeAll(async () => {
  redis = await startRedis();
  vi.stubEnv('REDIS_URL', redis.url);
  vi.stubEnv('SESSION_SECRET', 'a-test-secret-of-at-least-32-characters');
  vi.stubEnv('BOOKING_LIMIT', 'per-type');
  vi.resetModules();
  (await import('@/lib/env')).env();
  holds = await import('@/lib/booking/holds');
}, 30_000);
afterAll(() => redis?.stop());

const scope = { companyId: 102, serviceTypeId: 307 };
let cpfs = 0;
const cpf = () => `${String(52998224700 + ++cpfs).padStart(11, '0')}`;

/** What confirm does: check, book upstream if free, record, let go. */
async function bookOnce(person: string) {
  const { createAppointment } = await import('@/lib/tatodesk');
  const at = await suite.control.lease({ unitID: 504, attendanceTypeID: 307, minVacancies: 1 });
  const check = await holds.checkHold(scope, person, at.date);
  if (check.kind === 'held') return { held: check.protocol };
  try {
    const created = await createAppointment({
      companyId: 102,
      unitId: 504,
      serviceTypeId: 307,
      date: at.date,
      time: at.hour,
      client: { ...citizen, cpf: person },
      answers: [
        { key: 'cnhRegistration', value: '12345678901' },
        { key: 'paidFee', value: 'true' },
        // As confirm does: the person's keyed hash, for the report to find should the store forget.
        ...holds.holderAnswers(person),
      ],
    });
    await check.record(created.protocol, at.date);
    return { booked: created.protocol };
  } finally {
    await check.release();
  }
}

describe('one active appointment per person and scope, on Redis', () => {
  it('eight concurrent bookings by one CPF on one Redis: one books, the others are told which', async () => {
    const person = cpf();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => bookOnce(person)));
    const booked = outcomes.filter((o) => 'booked' in o);
    expect(booked).toHaveLength(1);
    expect(outcomes.filter((o) => 'held' in o).map((o) => o.held)).toEqual(Array(7).fill(booked[0]!.booked));
  });

  it('a cancelled appointment frees the person; a new time for the one held is not held by it', async () => {
    const person = cpf();
    const first = await bookOnce(person);
    expect(await bookOnce(person)).toEqual({ held: first.booked });
    const again = await holds.checkHold(scope, person, '2026-12-10', { replacing: first.booked });
    expect(again.kind).toBe('free');
    if (again.kind === 'free') await again.release();
    await suite.control.setStatus(first.booked!, 'cancelled');
    expect(await bookOnce(person)).toHaveProperty('booked');
  });

  it('another service, the exempt (staff for a caller) and the limit switched off are not held', async () => {
    const person = cpf();
    await bookOnce(person);
    for (const check of [
      await holds.checkHold({ ...scope, serviceTypeId: 308 }, person, '2026-12-10'),
      await holds.checkHold(scope, person, '2026-12-10', { exempt: true }),
    ]) {
      expect(check.kind).toBe('free');
      if (check.kind === 'free') await check.release();
    }
  });

  it('keeps no CPF in the store: only a keyed hash of it', async () => {
    const person = cpf();
    await bookOnce(person);
    const { default: Redis } = await import('ioredis');
    const client = new Redis(redis.url);
    const keys = await client.keys('*');
    await client.quit();
    expect(keys.some((k) => k.includes(person))).toBe(false);
    expect(keys.some((k) => k.startsWith('booking:holds:type:307:'))).toBe(true);
  });

  it('a Redis that loses its data mid-way does not let the same person book the same service twice', async () => {
    const person = cpf();
    const first = await bookOnce(person);
    expect(first).toHaveProperty('booked');
    // Redis restarted empty (no persistence): the index, the locks and every mark are gone.
    const { default: Redis } = await import('ioredis');
    const client = new Redis(redis.url);
    await client.flushall();
    await client.quit();
    const again = await bookOnce(person);
    expect(again).toEqual({ held: first.booked });
    const mine = (await suite.control.appointments()).filter((a) => a.client.cpf === person && a.statusID === 1);
    console.log(`Appointments for one CPF and service after a Redis wipe mid-way: ${mine.length}`);
    expect(mine).toHaveLength(1);
    // The holding found is written back: the next check needs no report.
    const before = (await suite.control.log()).filter((e) => e.endpoint === 'inPersonReport').length;
    expect(await bookOnce(person)).toEqual({ held: first.booked });
    expect((await suite.control.log()).filter((e) => e.endpoint === 'inPersonReport').length).toBe(before);
  });
});
