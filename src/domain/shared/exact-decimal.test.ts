import { describe, expect, it } from 'vitest';
import { decimalOf, equals, product, roundHalfAwayFromZero, sum } from './exact-decimal.ts';

describe('exact decimals', () => {
  it('reads numbers as written, also in exponent notation', () => {
    expect(decimalOf(24_294.4)).toEqual({ digits: 242_944n, scale: 1 });
    expect(decimalOf(1.5e-7)).toEqual({ digits: 15n, scale: 8 });
    expect(decimalOf(1e21)).toEqual({ digits: 10n ** 21n, scale: 0 });
    expect(decimalOf(-0.92)).toEqual({ digits: -92n, scale: 2 });
  });
  it('multiplies and adds without floating-point error', () => {
    expect(equals(sum([0.1, 0.2]), decimalOf(0.3))).toBe(true); // 0.1 + 0.2 !== 0.3 in floating point
    expect(roundHalfAwayFromZero(product([1.15, 10]))).toBe(12n); // 11.5 exactly
    expect(equals(sum([33.33, 33.33, 33.34]), decimalOf(100))).toBe(true);
  });
});
