import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import pt from '@/lib/i18n/messages/pt-BR.json';

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('messages', () => {
  it('say everything in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(pt).sort());
  });

  it('leave no message empty', () => {
    const empty = (messages: object) =>
      keys(messages).filter(
        (k) => !k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages),
      );
    expect(empty(pt)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
