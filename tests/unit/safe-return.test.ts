import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/http/safe-return';

describe('a path to come back to', () => {
  it('keeps a path of this site, with its query', () => {
    expect(safeReturnPath('/book/time?unit=501&date=2026-12-02')).toBe('/book/time?unit=501&date=2026-12-02');
  });

  it('refuses other sites, however they are written', () => {
    for (const hostile of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil',
    ]) {
      expect(safeReturnPath(hostile), JSON.stringify(hostile)).toBe('/');
    }
    expect(safeReturnPath('/\u202e/evil')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });

  it('encodes what is not ASCII, so it always makes a valid Location header', () => {
    expect(safeReturnPath('/l/mutirão')).toBe('/l/mutir%C3%A3o');
    expect(safeReturnPath('/l/mutir%C3%A3o')).toBe('/l/mutir%C3%A3o');
    expect(safeReturnPath('/l/%E0%A4%A')).toBe('/l/%E0%A4%A');
  });
});
