// What an application asks, read for the allocation: per part (this office's or another's) and year, and the UH
// institutions it names matched to the partnership's UH members.
import { describe, expect, it } from 'vitest';
import { SOR_TROMS_EVENES_2024 } from '../behovsmelding/fixtures/sor-troms-evenes-2024.ts';
import { askedAmounts, askedInYear, askedYears, namesMember, type TUhMember } from './asked-amounts.ts';

const UIT: TUhMember = { orgId: 'uit', name: 'UiT Norges arktiske universitet', orgnr: null };
/** The real 2024 document's budget as the form saves it: section 6 is filled for Evenes only. */
function realDocumentValues() {
  const [sor, evenes] = structuredClone(SOR_TROMS_EVENES_2024).parts;
  return {
    parts: [
      { id: 'sor-troms', name: sor!.name, otherOfficeId: null, budgetYear: sor!.budgetYear },
      { id: 'evenes', name: evenes!.name, otherOfficeId: 'nordland', budgetYear: evenes!.budgetYear },
    ],
    'parts.sor-troms.grantUse': sor!.grantUse,
    'parts.evenes.grantUse': evenes!.grantUse,
    's5.uh': [{ navn: 'UiT Norges arktiske universitet', orgnr: '970422528' }],
  };
}
const SAMISK: TUhMember = { orgId: 'samisk', name: 'Sámi allaskuvla / Samisk høgskole', orgnr: '974 794 667' };

describe('asked amounts', () => {
  it('reads the real 2024 document per part and year, the Evenes part marked as belonging to Nordland', () => {
    const asked = askedAmounts(realDocumentValues(), [UIT]);
    expect(asked.parts.map((p) => [p.key, p.ownOffice, p.otherOfficeId])).toEqual([
      ['sor-troms', true, null],
      ['evenes', false, 'nordland'],
    ]);
    expect(asked.parts[1]!.years).toEqual([
      { year: 2024, ownerKr: 59_000, uhKr: 145_767, coFundingKr: 0 },
      { year: 2025, ownerKr: 59_000, uhKr: 145_767, coFundingKr: 0 },
    ]);
    // Section 6 is written for Evenes only, and Evenes is Nordland's: nothing is asked of this office.
    expect(asked.parts[0]!.years).toEqual([]);
    expect(askedInYear(asked, 2024)).toBe(0);
    expect(askedYears(asked)).toEqual([]);
    expect(asked.uhRecipients).toEqual([{ orgId: 'uit', name: 'UiT Norges arktiske universitet', named: true }]);
  });

  it('matches the named UH by organisation number or by the name the applicant writes, the named ones first', () => {
    const values = { 's5.uh': [{ navn: 'Samisk høgskole', orgnr: '974794667' }, { navn: 'UiT', orgnr: '' }, { navn: 'Høgskolen i Innlandet', orgnr: '' }] };
    const asked = askedAmounts(values, [UIT, SAMISK]);
    expect(asked.uhRecipients).toEqual([
      { orgId: 'samisk', name: SAMISK.name, named: true },
      { orgId: 'uit', name: UIT.name, named: true },
    ]);
    expect(asked.unmatchedUhNames).toEqual(['Høgskolen i Innlandet']);
    expect(asked.parts).toEqual([]);
  });

  it('keeps every UH member of the partnership as a possible recipient, the unnamed ones last', () => {
    expect(askedAmounts({ 's5.uh': [{ navn: 'UiT' }] }, [SAMISK, UIT]).uhRecipients.map((u) => [u.orgId, u.named])).toEqual([
      ['uit', true],
      ['samisk', false],
    ]);
  });

  it('does not take a name that only begins the same way for the same institution', () => {
    expect(namesMember({ navn: 'UiT Norges' }, UIT)).toBe(true);
    expect(namesMember({ navn: 'Ui' }, UIT)).toBe(false);
    expect(namesMember({ navn: '' }, UIT)).toBe(false);
    // Either of a name given in two languages.
    expect(namesMember({ navn: 'Samisk høgskole' }, SAMISK)).toBe(true);
    expect(namesMember({ navn: 'Sámi allaskuvla' }, SAMISK)).toBe(true);
  });
});
