import { describe, expect, it } from 'vitest';
import { dueReminder, planReminders } from '@/lib/reminders/plan';

const offsets = [
  { label: '24h', ms: 24 * 3_600_000 },
  { label: '3h', ms: 3 * 3_600_000 },
];
const quiet = { start: 21, end: 8 };
const iso = (plan: { kind: string; dueAt: Date }[]) => plan.map((r) => [r.kind, r.dueAt.toISOString()]);

describe('reminders at the unit’s clock', () => {
  // A visit at 10:00 on the unit's own clock, in each of the five zones the product serves.
  it.each([
    ['America/Sao_Paulo', -3],
    ['America/Manaus', -4],
    ['America/Cuiaba', -4],
    ['America/Rio_Branco', -5],
    ['America/Noronha', -2],
  ])('%s: 24 hours before, and at 08:00 instead of 07:00 (quiet hours)', (timeZone, offset) => {
    const plan = planReminders({ date: '2026-12-02', time: '10:00', timeZone }, offsets, quiet);
    const utc = (day: number, hour: number) => new Date(Date.UTC(2026, 11, day, hour - offset)).toISOString();
    expect(iso(plan)).toEqual([
      ['3h', utc(2, 8)],
      ['24h', utc(1, 10)],
    ]);
  });

  it('never in the quiet hours: too close to the morning, the evening before at 20:59', () => {
    const plan = planReminders({ date: '2026-12-02', time: '08:30', timeZone: 'America/Manaus' }, offsets, quiet);
    // 3 hours before is 05:30, the morning's 08:00 is only half an hour before: 20:59 the evening before.
    expect(iso(plan)).toEqual([
      ['3h', '2026-12-02T00:59:00.000Z'],
      ['24h', '2026-12-01T12:30:00.000Z'],
    ]);
  });

  it('a reminder at 22:00 moves to 08:00 the next morning; two landing on one minute are one', () => {
    const late = planReminders(
      { date: '2026-12-03', time: '22:30', timeZone: 'America/Sao_Paulo' },
      [{ label: '24h', ms: 24 * 3_600_000 }],
      quiet,
    );
    expect(iso(late)).toEqual([['24h', '2026-12-03T11:00:00.000Z']]);
    const same = planReminders(
      { date: '2026-12-02', time: '09:00', timeZone: 'America/Sao_Paulo' },
      [
        { label: '3h', ms: 3 * 3_600_000 },
        { label: '2h', ms: 2 * 3_600_000 },
      ],
      quiet,
    );
    // 06:00 and 07:00 are both quiet; both move to 08:00, still an hour before the visit: one message.
    expect(iso(same)).toEqual([['2h', '2026-12-02T11:00:00.000Z']]);
  });

  it('quiet hours within one night or none at all', () => {
    const none = planReminders({ date: '2026-12-02', time: '10:00', timeZone: 'America/Noronha' }, offsets, {
      start: 0,
      end: 0,
    });
    expect(iso(none)).toEqual([
      ['3h', '2026-12-02T09:00:00.000Z'],
      ['24h', '2026-12-01T12:00:00.000Z'],
    ]);
  });

  it('sends the latest reminder due, only while the visit is ahead', () => {
    const visit = { date: '2026-12-02', time: '10:00', timeZone: 'America/Rio_Branco' };
    const at = new Date('2026-12-02T15:00:00.000Z');
    const plan = planReminders(visit, offsets, quiet);
    expect(dueReminder(plan, at, new Date('2026-12-01T14:59:59.000Z'))).toBeUndefined();
    expect(dueReminder(plan, at, new Date('2026-12-01T15:00:00.000Z'))?.kind).toBe('24h');
    // The 24-hour one was missed (the service was down): only the 3-hour one goes.
    expect(dueReminder(plan, at, new Date('2026-12-02T13:30:00.000Z'))?.kind).toBe('3h');
    expect(dueReminder(plan, at, at)).toBeUndefined();
  });
});
