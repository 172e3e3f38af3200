import { describe, expect, it } from 'vitest';
import { fromWireDate, reshapeStatus, reshapeUnit, toStatusId, toWireDate } from '@/lib/tatodesk/reshape';

describe('reshape', () => {
  it('turns wire dates into ISO dates and back', () => {
    expect(fromWireDate('25/12/2026')).toBe('2026-12-25');
    expect(toWireDate('2026-12-25')).toBe('25/12/2026');
  });

  it('maps statuses both ways and keeps unknown ones visible', () => {
    expect(reshapeStatus(3)).toBe('in-service');
    expect(toStatusId('no-show')).toBe(6);
    expect(reshapeStatus(42)).toBe('unknown');
  });

  it('places a unit with no time zone in Brasília time', () => {
    const unit = reshapeUnit({
      ID: 1,
      companyID: 2,
      regionID: 3,
      name: 'U',
      address: { street: 'R', number: '1', district: 'C', city: 'X', state: 'SP', zipCode: '0' },
    });
    expect(unit.timeZone).toBe('America/Sao_Paulo');
  });
});
