// The rules of an allocation scenario: which lines may be written, the scenario "as asked", and what must be
// explained before a scenario is chosen.
import { describe, expect, it } from 'vitest';
import { renderNb } from '../shared/message-catalogs.ts';
import type { TAskedAmounts } from './asked-amounts.ts';
import { allocationGaps, lineErrors, linesAsAsked, reasonNeeded, ZAllocationLineInput, type TAllocatable, type TLine } from './allocation.ts';

const asked: TAskedAmounts = {
  parts: [
    { key: 'sor-troms', name: 'Region Sør-Troms', otherOfficeId: null, ownOffice: true, years: [{ year: 2027, ownerKr: 300_000, uhKr: 200_000, coFundingKr: 0 }, { year: 2028, ownerKr: 100_000, uhKr: 0, coFundingKr: 0 }] },
    { key: 'evenes', name: 'Evenes', otherOfficeId: 'nordland', ownOffice: false, years: [{ year: 2027, ownerKr: 59_000, uhKr: 145_767, coFundingKr: 0 }] },
  ],
  uhRecipients: [
    { orgId: 'uit', name: 'UiT', named: true },
    { orgId: 'samisk', name: 'Samisk høgskole', named: false },
  ],
  unmatchedUhNames: [],
};
const apps: TAllocatable[] = [{ id: 'a', asked }];
const ctx = { roundYear: 2027, applications: apps, officeName: (id: string) => (id === 'nordland' ? 'Statsforvalteren i Nordland' : id) };
const line = (over: Partial<TLine> = {}) => ZAllocationLineInput.parse({ applicationId: 'a', partKey: 'sor-troms', year: 2027, recipient: 'owner', orgId: null, amountKr: 1000, ...over });
const messages = (lines: ReturnType<typeof line>[]) => lineErrors(lines, ctx).map((e) => [e.field, renderNb(e.message)]);

describe('allocation lines', () => {
  it('a part of another office is shown, never allocated', () => {
    expect(messages([line({ partKey: 'evenes' })])).toEqual([['lines.0.partKey', 'Delen hører til Statsforvalteren i Nordland, og fordeles der']]);
  });

  it('refuses UH money to an institution outside the partnership, and accepts a split between its UH members', () => {
    expect(messages([line({ recipient: 'uh', orgId: 'nord' })])).toEqual([['lines.0.orgId', 'Institusjonen er ikke UH i partnerskapet']]);
    expect(messages([line({ recipient: 'uh', orgId: 'uit', amountKr: 120_000 }), line({ recipient: 'uh', orgId: 'samisk', amountKr: 80_000 })])).toEqual([]);
  });

  it('refuses negative and broken amounts, years outside the three and the same line twice', () => {
    expect(ZAllocationLineInput.safeParse({ applicationId: 'a', partKey: 'sor-troms', year: 2027, recipient: 'owner', amountKr: -1 }).success).toBe(false);
    expect(ZAllocationLineInput.safeParse({ applicationId: 'a', partKey: 'sor-troms', year: 2027, recipient: 'owner', amountKr: 10.5 }).success).toBe(false);
    expect(messages([line({ year: 2030 }), line(), line({ amountKr: 5 }), line({ applicationId: 'x' })])).toEqual([
      ['lines.0.year', 'Fordelingen gjelder årene 2027–2029'],
      ['lines.2.amountKr', 'Det samme beløpet står to ganger'],
      ['lines.3.applicationId', 'Behovsmeldingen hører ikke til denne utlysningen'],
    ]);
  });

  it('"as asked" gives this office\'s parts what they ask, the UH amount to the first institution', () => {
    expect(linesAsAsked(apps, 2027)).toEqual([
      { applicationId: 'a', partKey: 'sor-troms', year: 2027, recipient: 'owner', orgId: null, amountKr: 300_000 },
      { applicationId: 'a', partKey: 'sor-troms', year: 2027, recipient: 'uh', orgId: 'uit', amountKr: 200_000 },
      { applicationId: 'a', partKey: 'sor-troms', year: 2028, recipient: 'owner', orgId: null, amountKr: 100_000 },
    ]);
  });
});

describe('reasons and priorities', () => {
  const full = linesAsAsked(apps, 2027);
  const reduced = full.map((l) => (l.recipient === 'uh' ? { ...l, amountKr: 150_000 } : l));

  it('an application given all it asks needs no reason; one given less in any year is reduced; one given nothing is not prioritised', () => {
    expect(reasonNeeded(asked, full, 'a')).toBeNull();
    expect(reasonNeeded(asked, reduced, 'a')).toBe('reduced');
    expect(reasonNeeded(asked, [], 'a')).toBe('not-prioritised');
  });

  it('lists the missing reasons and priorities instead of refusing the save', () => {
    expect(allocationGaps(apps, reduced, [])).toEqual([
      { applicationId: 'a', kind: 'reduced' },
      { applicationId: 'a', kind: 'priority-missing' },
    ]);
    expect(allocationGaps(apps, reduced, [{ applicationId: 'a', priority: 1, reason: 'Rammen strekker ikke til.' }])).toEqual([]);
    expect(allocationGaps(apps, [], [{ applicationId: 'a', priority: null, reason: '  ' }])).toEqual([{ applicationId: 'a', kind: 'not-prioritised' }]);
  });
});

describe("the scheme's checklist: no individual further education (Dekomp)", () => {
  const full = linesAsAsked(apps, 2027);
  const dekomp = { noIndividualEducation: true };
  const prioritised = { applicationId: 'a', priority: 1, reason: null };

  it('Dekomp: a prioritised application must be checked for no individual further education before the scenario can be chosen', () => {
    const unchecked = [{ applicationId: 'a', kind: 'individual-education-unchecked' }];
    expect(allocationGaps(apps, full, [prioritised], dekomp)).toEqual(unchecked);
    // "It does fund some" is no answer the scheme accepts either; only a checked box clears the gap.
    expect(allocationGaps(apps, full, [{ ...prioritised, noIndividualEducation: false }], dekomp)).toEqual(unchecked);
    expect(allocationGaps(apps, full, [{ ...prioritised, noIndividualEducation: true }], dekomp)).toEqual([]);
    // Prioritised without money yet, or money proposed before a priority: either way the forum would fund it.
    expect(allocationGaps(apps, [], [{ ...prioritised, reason: 'Venter på rammen.' }], dekomp)).toEqual(unchecked);
    expect(allocationGaps(apps, full, [], dekomp)).toEqual([
      { applicationId: 'a', kind: 'priority-missing' },
      { applicationId: 'a', kind: 'individual-education-unchecked' },
    ]);
  });

  it('asks nothing of an application the forum does not fund, nor where the scheme has no such rule', () => {
    expect(allocationGaps(apps, [], [{ applicationId: 'a', priority: null, reason: 'Utenfor planen.' }], dekomp)).toEqual([]);
    expect(allocationGaps(apps, full, [prioritised], { noIndividualEducation: false })).toEqual([]);
    expect(allocationGaps(apps, full, [prioritised])).toEqual([]);
  });
});
