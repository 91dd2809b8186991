// Dekomp's owner co-funding against what a scenario proposes: the missing amount in kroner, rounded up exactly.
import { describe, expect, it } from 'vitest';
import type { TAskedPart } from './asked-amounts.ts';
import type { TLine } from './allocation.ts';
import { cofundingCheck, requiredCofunding } from './cofunding.ts';

const part = (years: { year: number; coFundingKr: number }[], ownOffice = true): TAskedPart => ({
  key: ownOffice ? 'hoved' : 'evenes',
  name: 'Del',
  otherOfficeId: ownOffice ? null : 'nordland',
  ownOffice,
  years: years.map((y) => ({ ...y, ownerKr: 0, uhKr: 0 })),
});
const owner = (year: number, amountKr: number): TLine => ({ applicationId: 'a', partKey: 'hoved', year, recipient: 'owner', orgId: null, amountKr });

describe('owner co-funding', () => {
  it('rounds the required amount up to whole kroner, exactly', () => {
    expect(requiredCofunding(30, 100_000)).toBe(30_000);
    expect(requiredCofunding(30, 100_001)).toBe(30_001); // 30 000,3 → 30 001
    expect(requiredCofunding(33.3, 1_000)).toBe(333); // not 334 from 33.3 × 1000 in floating point
    expect(requiredCofunding(0, 500_000)).toBe(0);
  });

  it('Dekomp: an allocation that leaves owner co-funding short is flagged with the missing amount in kroner', () => {
    // Proposed 500 000 to the owner in 2027 → 150 000 required; 120 000 declared (salary and release time included).
    const check = cofundingCheck(30, { parts: [part([{ year: 2027, coFundingKr: 120_000 }])] }, [owner(2027, 500_000)], 'a');
    expect(check).toEqual([{ year: 2027, requiredKr: 150_000, declaredKr: 120_000, missingKr: 30_000 }]);
  });

  it('is satisfied when the declared co-funding covers the share, and a cut grant needs less', () => {
    const asked = { parts: [part([{ year: 2027, coFundingKr: 120_000 }, { year: 2028, coFundingKr: 0 }])] };
    expect(cofundingCheck(30, asked, [owner(2027, 400_000)], 'a')).toEqual([{ year: 2027, requiredKr: 120_000, declaredKr: 120_000, missingKr: 0 }]);
  });

  it("counts only this office's parts as declared, and is not asked when the scheme requires none", () => {
    const asked = { parts: [part([{ year: 2027, coFundingKr: 10_000 }]), part([{ year: 2027, coFundingKr: 90_000 }], false)] };
    expect(cofundingCheck(30, asked, [owner(2027, 100_000)], 'a')).toEqual([{ year: 2027, requiredKr: 30_000, declaredKr: 10_000, missingKr: 20_000 }]);
    expect(cofundingCheck(null, asked, [owner(2027, 100_000)], 'a')).toBeNull();
  });
});
