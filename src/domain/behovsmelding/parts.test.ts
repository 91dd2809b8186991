import { describe, expect, it } from 'vitest';
import { SOR_TROMS_EVENES_2024 } from './fixtures/sor-troms-evenes-2024.ts';
import { computeApplicationTotals } from './parts.ts';

describe('application totals over parts', () => {
  it('shows a part of another office but keeps it out of this office’s totals', () => {
    const totals = computeApplicationTotals(SOR_TROMS_EVENES_2024);
    expect(totals.parts.map((p) => [p.name, p.otherOfficeId, p.countsTowardsOffice, p.amounts])).toEqual([
      ['Region Sør-Troms', null, true, { owner: 1_121_060, uh: 1_676_314, total: 2_797_374 }],
      ['Evenes', 'nordland', false, { owner: 59_000, uh: 145_766, total: 204_766 }],
    ]);
    expect(totals.office).toEqual({ owner: 1_121_060, uh: 1_676_314, total: 2_797_374 });
    expect(totals.allParts).toEqual({ owner: 1_180_060, uh: 1_822_080, total: 3_002_140 });
    expect(totals.grantUseByYear).toEqual([]); // only Evenes fills section 6, and Evenes belongs to Nordland
  });

  it('sums the parts of this office, section 6 per year included', () => {
    const app = structuredClone(SOR_TROMS_EVENES_2024);
    app.parts[1]!.otherOfficeId = null;
    const totals = computeApplicationTotals(app);
    expect(totals.office).toEqual({ owner: 1_180_060, uh: 1_822_080, total: 3_002_140 });
    expect(totals.grantUseByYear).toEqual([
      { year: 2024, ownerKr: 59_000, uhKr: 145_767, totalKr: 204_767 },
      { year: 2025, ownerKr: 59_000, uhKr: 145_767, totalKr: 204_767 },
    ]);
  });
});
