import { describe, expect, it } from 'vitest';
import { renderContract } from '@/lib/tatodesk/contract/contract-doc';
import { endpoint } from '@/lib/tatodesk/contract/endpoints';
import { id, tolerances, wireDate } from '@/lib/tatodesk/contract/wire/common';

/** List Service Units for Scheduling answering one unit, with these fields over a plain one's. */
const unitsAnswer = (fields: Record<string, unknown>) => ({
  data: [
    {
      ID: 501,
      companyID: 101,
      regionID: 401,
      name: 'Centro',
      address: { street: 'Rua A', number: '1', district: 'Centro', city: 'Manaus', state: 'AM', zipCode: '69000-000' },
      ...fields,
    },
  ],
});

describe('what the contract takes beyond its inferred shapes (docs/tatodesk-contract.md, "Tolerances")', () => {
  it('reads an id as a number or a string of digits, and nothing else', () => {
    expect(id.parse(101)).toBe(101);
    expect(id.parse('101')).toBe(101);
    for (const bad of ['u-101', '', '1.5', 0, -3, 1.5, null]) expect(id.safeParse(bad).success).toBe(false);
    expect(id.safeParse('u-101').error?.issues[0]?.message).toBe('expected a numeric id');
  });

  it('reads a date as DD/MM/YYYY or ISO, always as DD/MM/YYYY', () => {
    expect(wireDate.parse('02/12/2026')).toBe('02/12/2026');
    expect(wireDate.parse('2026-12-02')).toBe('02/12/2026');
    for (const bad of ['2/12/2026', '2026-12-2', '2026-12-02T10:00:00Z', 20261202]) {
      expect(wireDate.safeParse(bad).success).toBe(false);
    }
  });

  it('ignores fields it does not know, in a whole answer, and takes the tolerances inside it', () => {
    const answer = endpoint('listSchedulingDates').response.parse({
      data: [{ date: '2026-12-02', vacancies: 3, color: 'green' }],
      meta: { source: 'v2' },
    });
    expect(answer).toEqual({ data: [{ date: '02/12/2026', vacancies: 3 }] });
    const units = endpoint('listSchedulingUnits').response.parse(
      unitsAnswer({ ID: '501', companyID: '101', manager: 'ignored' }),
    );
    expect(units.data[0]).toMatchObject({ ID: 501, companyID: 101 });
    expect(units.data[0]).not.toHaveProperty('manager');
  });

  it('refuses a time zone the runtime does not know, naming it, rather than fail every page that writes a time', () => {
    const unit = (timeZone: string) => endpoint('listSchedulingUnits').response.safeParse(unitsAnswer({ timeZone }));
    expect(unit('America/Manaus').success).toBe(true);
    expect(unit('Mars/Olympus').error?.issues[0]).toMatchObject({
      path: ['data', 0, 'timeZone'],
      message: 'expected an IANA time zone, e.g. America/Manaus',
    });
  });

  it('lists each tolerance in the contract document', () => {
    const doc = renderContract();
    for (const tolerance of tolerances) expect(doc).toContain(`- ${tolerance}`);
  });
});
