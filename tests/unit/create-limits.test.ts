import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as CreateLimits from '@/lib/booking/create-limits';

let limits: typeof CreateLimits;
beforeAll(async () => {
  vi.stubEnv('CREATE_LIMIT_PER_CLIENT', '60');
  vi.stubEnv('CREATE_CHALLENGE_PER_CLIENT', '10');
  vi.stubEnv('CREATE_LIMIT_PER_PERSON', '5');
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.resetModules();
  limits = await import('@/lib/booking/create-limits');
});

const cpf = (i: number) => String(10_000_000_000 + i);

describe('bookings per client and per person', () => {
  it('50 people behind one address each book in the hour: past ten, each proves work first, none is turned away', async () => {
    const asked: boolean[] = [];
    // What the check page reads before offering the proof, and what the confirm counts.
    for (let i = 0; i < 50; i++) {
      asked.push(await limits.clientMustProve('203.0.113.40'));
      const counted = await limits.countClientCreate('203.0.113.40');
      expect(counted).toEqual({ ok: true, mustProve: i >= 10 });
      expect(await limits.countPersonCreate(cpf(i))).toMatchObject({ ok: true });
    }
    expect(asked.slice(0, 10).every((must) => !must)).toBe(true);
    expect(asked.slice(10).every((must) => must)).toBe(true);
    // Another address has its own count.
    expect(await limits.clientMustProve('203.0.113.41')).toBe(false);
  });

  it('70 concurrent creates from one address: the backstop lets 60 go on and tells 10 when to come back', async () => {
    const outcomes = await Promise.all(Array.from({ length: 70 }, () => limits.countClientCreate('2001:db8:70::/64')));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(60);
    const slowed = outcomes.filter((o) => !o.ok);
    expect(slowed).toHaveLength(10);
    expect(slowed.every((o) => !o.ok && o.retryInMinutes >= 1)).toBe(true);
  });

  it('one CPF, wherever it books from: five bookings in the window, then slowed', async () => {
    const outcomes = [];
    for (let i = 0; i < 7; i++) outcomes.push(await limits.countPersonCreate('52998224725'));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true, false, false]);
  });
});
