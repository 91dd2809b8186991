import { describe, expect, it } from 'vitest';
import { formatNumberText, formatTerms, parseDecimal, parseNumberText, parseTerms } from './number-text.ts';

describe('number text', () => {
  it('reads decimals the Norwegian way', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal('1 000,75')).toBe(1000.75);
    expect(parseDecimal('1.000')).toBe(1000);
    expect(parseDecimal('0.92')).toBe(0.92);
    expect(parseDecimal('90 %')).toBe(90);
    expect(parseDecimal('abc')).toBeNull();
  });

  it('reads kroner, integers and years, and empty as null', () => {
    expect(parseNumberText('kr 1 676 314,-', 'kroner')).toEqual({ ok: true, value: 1676314 });
    expect(parseNumberText('24 294,40', 'kroner')).toEqual({ ok: false });
    expect(parseNumberText('', 'kroner')).toEqual({ ok: true, value: null });
    expect(parseNumberText('2,5', 'integer')).toEqual({ ok: false });
    expect(parseNumberText('2024', 'year')).toEqual({ ok: true, value: 2024 });
  });

  it('writes numbers back for the inputs', () => {
    expect(formatNumberText(1676314, 'kroner')).toBe('1\u00a0676\u00a0314');
    expect(formatNumberText(2024, 'year')).toBe('2024');
    expect(formatNumberText(2.5, 'decimal')).toBe('2,5');
    expect(formatNumberText(null, 'decimal')).toBe('');
    expect(parseNumberText(formatNumberText(1676314, 'kroner'), 'kroner')).toEqual({ ok: true, value: 1676314 });
  });

  it('reads the terms of a factor', () => {
    expect(parseTerms('35 + 15')).toEqual([35, 15]);
    expect(parseTerms('35 + x')).toBeNull();
    expect(parseTerms('')).toBeNull();
    expect(formatTerms([35, 15])).toBe('35 + 15');
  });
});
