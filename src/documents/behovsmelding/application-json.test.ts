// The JSON export: metadata, every field by section, and per part both budget tables line by line with what the
// applicant stated beside what the line computes (the real Sør-Troms og Evenes figures).
import { describe, expect, it } from 'vitest';
import { applicationJsonExport, JSON_EXPORT_FORMAT, type TJsonBudgetTable } from './application-json.ts';
import { testSnapshot } from './test-snapshot.ts';

const exported = applicationJsonExport(testSnapshot());

function part(id: string) {
  const found = exported.parts.find((p) => p.id === id);
  if (!found?.owner || !found.uh) throw new Error(`no part ${id} with both tables`);
  return { ...found, owner: found.owner, uh: found.uh };
}

/** Every line of a table and its detail tables, depth first. */
const allLines = (table: TJsonBudgetTable): TJsonBudgetTable['lines'] => table.lines.flatMap((l) => [l, ...(l.details ? allLines(l.details) : [])]);

describe('applicationJsonExport', () => {
  it('has the format, the metadata and the round', () => {
    expect(exported.format).toBe(JSON_EXPORT_FORMAT);
    expect(exported.format).toBe('kompetanseloft.behovsmelding-export/1');
    expect(exported.metadata).toMatchObject({ documentNumber: '2023/8245-3', submittedByName: 'Tone Eide', sequence: 1 });
    expect(exported.metadata.round.officeId).toBe('troms-og-finnmark');
    expect(exported.metadata.attachments).toHaveLength(2);
  });

  it('has every field of sections 1–5 by section, with its question', () => {
    expect(exported.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const s2 = exported.sections.find((s) => s.number === 2)!;
    const tiltak = s2.fields.find((f) => f.key === 's2.tiltak');
    expect(tiltak?.label).toBe('2.2 Tiltak');
    expect(tiltak?.value).toEqual(expect.arrayContaining([expect.objectContaining({ periode: 'HØST 24–VÅR 25' })]));
    const empty = exported.sections.flatMap((s) => s.fields).find((f) => f.key === 's3.dekomp');
    expect(empty).toEqual({ key: 's3.dekomp', label: '3.1 Dekomp', value: null });
  });

  it('owner Sør-Troms: the conference line computes 516 060 from its detail table; factors as written', () => {
    const { owner } = part('sor-troms');
    const conference = owner.lines[0]!;
    expect(conference).toMatchObject({ kind: 'item', stated: 516_060, computed: 516_060, difference: 0, unitPrice: 610, percent: null, factorsTimesPrice: 499_590 });
    expect(conference.factors).toEqual([
      { value: 273, label: 'ansatte', terms: null },
      { value: 3, label: 'dialogkonferanser', terms: null },
    ]);
    expect(conference.warnings).toEqual([expect.objectContaining({ code: 'FACTORS_DIFFER_FROM_DETAILS', differenceKr: -16_470 })]);
    expect(conference.details?.lines.map((l) => l.computed)).toEqual([197_640, 175_680, 27_450, 21_960, 54_900, 21_960, 16_470]);
    expect([conference.details?.stated, conference.details?.computed]).toEqual([516_060, 516_060]);
    expect(owner.lines[2]?.factors[0]).toEqual({ value: 50, label: 'ansatte (bhg + PPT)', terms: [35, 15] });
    expect([owner.stated, owner.computed, owner.difference]).toEqual([1_121_060, 1_121_060, 0]);
  });

  it('UH Evenes: computed 145 766 against the stated 145 767, the 1 kr at the påslag line', () => {
    const { uh, stated, computed } = part('evenes');
    const markup = uh.lines.find((l) => l.kind === 'percentage')!;
    expect(markup).toMatchObject({ percent: 20, base: 121_472, stated: 24_295, computed: 24_294, difference: 1, factors: [], unitPrice: null });
    expect([uh.stated, uh.computed, uh.difference]).toEqual([145_767, 145_766, 1]);
    expect(uh.warnings).toEqual([expect.objectContaining({ code: 'STATED_DIFFERS', differenceKr: 1 })]);
    expect(stated).toEqual({ owner: 59_000, uh: 145_767, total: 204_767 });
    expect(computed).toEqual({ owner: 59_000, uh: 145_766, total: 204_766 });
  });

  it('gives every line, detail lines included, both stated and computed', () => {
    for (const p of exported.parts) {
      for (const table of [p.owner, p.uh]) {
        for (const line of allLines(table!)) {
          expect(line).toHaveProperty('stated');
          expect(typeof line.computed).toBe('number');
          expect(line).toHaveProperty('difference');
          expect(line).toHaveProperty('details');
        }
      }
    }
  });

  it('marks the part applied for elsewhere, and has the totals of this office and of all parts', () => {
    expect(exported.parts.map((p) => [p.id, p.otherOfficeId, p.countsTowardsOffice])).toEqual([
      ['sor-troms', null, true],
      ['evenes', 'nordland', false],
    ]);
    expect(exported.totals?.office).toEqual({ owner: 1_121_060, uh: 1_676_314, total: 2_797_374 });
    expect(exported.totals?.allParts).toEqual({ owner: 1_180_060, uh: 1_822_080, total: 3_002_140 });
    expect(exported.warnings.map((w) => w.code)).toEqual(['FACTORS_DIFFER_FROM_DETAILS', 'STATED_DIFFERS', 'STATED_DIFFERS', 'SECTION6_DIFFERS_FROM_BUDGET']);
  });

  it('is plain JSON: a round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});
