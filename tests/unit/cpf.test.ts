import { describe, expect, it } from 'vitest';
import { cpfCheckDigits, formatCpf, isValidCpf } from '@/lib/br/cpf';

describe('CPF', () => {
  it('accepts valid numbers with or without punctuation', () => {
    expect(isValidCpf('529.982.247-25')).toBe(true);
    expect(isValidCpf('52998224725')).toBe(true);
  });

  it('refuses wrong check digits, wrong lengths and repeated digits', () => {
    expect(isValidCpf('529.982.247-24')).toBe(false);
    expect(isValidCpf('5299822472')).toBe(false);
    expect(isValidCpf('111.111.111-11')).toBe(false);
    expect(isValidCpf('')).toBe(false);
  });

  it('computes check digits and formats', () => {
    expect(cpfCheckDigits('529982247')).toBe('25');
    expect(formatCpf('52998224725')).toBe('529.982.247-25');
  });
});
