import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as CreateLimits from '@/lib/booking/create-limits';

let limits: typeof CreateLimits;
beforeAll(async () => {
  vi.stubEnv('CREATE_LIMIT_PER_CLIENT', '10');
  vi.stubEnv('CREATE_LIMIT_PER_PERSON', '5');
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.resetModules();
  limits = await import('@/lib/booking/create-limits');
});

describe('bookings per client and per person', () => {
  it('50 concurrent creates from one client: 10 go on, 40 are slowed and told when to come back', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => limits.admitCreate(String(10_000_000_000 + i), 'fd00::50')),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(10);
    const slowed = outcomes.filter((o) => !o.ok);
    expect(slowed).toHaveLength(40);
    expect(slowed.every((o) => !o.ok && o.retryInMinutes >= 1)).toBe(true);
  });

  it('one CPF from many clients: five bookings in the window, then slowed', async () => {
    const outcomes = [];
    for (let i = 0; i < 7; i++) outcomes.push(await limits.admitCreate('52998224725', `fd00::6${i}`));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true, false, false]);
  });
});
