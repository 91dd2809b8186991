// The real Sør-Troms og Evenes 2024 behovsmelding as form values: it validates without errors, its only warnings
// are the document's own two inconsistencies (UiT's 1 kr rounding for Evenes and 273 × 3 × 610 against the
// 516 060 detail table), and the figures the demo shows are the document's.
import { describe, expect, it } from 'vitest';
import { fieldDef, isFilled, type TSubGoal, type TTiltakPeriod } from '../../domain/behovsmelding/application-fields.ts';
import type { TBudgetTable } from '../../domain/behovsmelding/budget-line.ts';
import { errorsOf, warningsOf } from '../../domain/behovsmelding/budget-issue.ts';
import type { TGrantUse } from '../../domain/behovsmelding/grant-use.ts';
import { validateApplication } from '../../domain/behovsmelding/validate-application.ts';
import { ZKontonr, ZOrgnr } from '../../domain/shared/fields.ts';
import { renderValidation } from '../../domain/behovsmelding/render-issues.ts';
import { renderNb } from '../../domain/shared/message-catalogs.ts';
import { SOR_TROMS_EVENES_2024_VALUES, sorTromsEvenes2024Values } from './sor-troms-evenes-2024.ts';

const NB = '\u00a0';
// Messages are tokens (ADR 019): read in Bokmål, as the document says them.
const validate = (values = sorTromsEvenes2024Values()) => renderValidation(validateApplication(values, { coordinatorAllowed: true }), renderNb);

function partTotals(path: string, values = sorTromsEvenes2024Values()) {
  const part = validate(values).totals?.parts.find((p) => p.path === path);
  if (!part) throw new Error(`no part ${path}`);
  return part;
}

describe('the real Sør-Troms og Evenes 2024 behovsmelding as form values', () => {
  it('uses only fields of the catalogue, each value in its draft shape', () => {
    for (const [key, value] of Object.entries(sorTromsEvenes2024Values())) {
      const def = fieldDef(key);
      expect(def, key).not.toBeNull();
      const parsed = def!.schema.safeParse(value);
      expect(parsed.success ? null : parsed.error.issues, key).toBeNull();
    }
  });

  it('has no errors, and exactly the four warnings of the document’s two inconsistencies', () => {
    const validation = validate();
    expect(errorsOf(validation.issues)).toEqual([]);
    expect(validation.canSubmit).toBe(true);
    expect(validation.sections.map((s) => s.status)).toEqual(Array(6).fill('fullført'));
    expect(warningsOf(validation.issues)).toEqual([
      {
        severity: 'warning',
        code: 'FACTORS_DIFFER_FROM_DETAILS',
        path: 'parts.sor-troms.ownerBudget.lines.0.factors',
        message: `273 × 3 × 610 = 499${NB}590${NB}kr, men detaljtabellen summerer til 516${NB}060${NB}kr`,
        differenceKr: -16_470,
        fieldKey: 'parts.sor-troms.ownerBudget',
        section: 6,
      },
      // One krone, wherever it shows: UiT's påslag for Evenes (20 % of 121 472 = 24 294,40, written 24 295), the
      // table's total, and 6.4 (within the tolerance of 1 kr per 1 000 kr, so a warning).
      {
        severity: 'warning',
        code: 'STATED_DIFFERS',
        path: 'parts.evenes.uhBudget.lines.7.statedAmount',
        message: `Oppgitt sum 24${NB}295${NB}kr avviker fra beregnet 24${NB}294${NB}kr (1${NB}kr)`,
        differenceKr: 1,
        fieldKey: 'parts.evenes.uhBudget',
        section: 6,
      },
      {
        severity: 'warning',
        code: 'STATED_DIFFERS',
        path: 'parts.evenes.uhBudget.statedTotal',
        message: `Oppgitt sum 145${NB}767${NB}kr avviker fra beregnet 145${NB}766${NB}kr (1${NB}kr)`,
        differenceKr: 1,
        fieldKey: 'parts.evenes.uhBudget',
        section: 6,
      },
      {
        severity: 'warning',
        code: 'SECTION6_DIFFERS_FROM_BUDGET',
        path: 'parts.evenes.grantUse.years.0.uhKr',
        message: `Punkt 6.4 for 2024 (145${NB}767${NB}kr) avviker fra UH-budsjettet (145${NB}766${NB}kr) med 1${NB}kr`,
        differenceKr: 1,
        fieldKey: 'parts.evenes.grantUse',
        section: 6,
      },
    ]);
  });

  it('totals: Sør-Troms 1 121 060 + 1 676 314, Evenes 59 000 + 145 766; the office’s totals leave Evenes out', () => {
    const sorTroms = partTotals('parts.sor-troms');
    const evenes = partTotals('parts.evenes');
    expect([sorTroms.owner?.total, sorTroms.uh?.total, sorTroms.countsTowardsOffice]).toEqual([1_121_060, 1_676_314, true]);
    expect([evenes.owner?.total, evenes.uh?.total, evenes.otherOfficeId, evenes.countsTowardsOffice]).toEqual([59_000, 145_766, 'nordland', false]);

    const totals = validate().totals!;
    expect(totals.office).toEqual({ owner: 1_121_060, uh: 1_676_314, total: 2_797_374 });
    expect(totals.allParts).toEqual({ owner: 1_180_060, uh: 1_822_080, total: 3_002_140 });
    expect(totals.grantUseByYear).toEqual([
      { year: 2024, ownerKr: 1_121_060, uhKr: 1_676_314, totalKr: 2_797_374 },
      { year: 2025, ownerKr: 1_121_060, uhKr: 1_676_314, totalKr: 2_797_374 },
    ]);
  });

  it('37 kindergartens instead of 36 in the detail table make owner Sør-Troms 1 126 550, and section 6 then disagrees', () => {
    const values = sorTromsEvenes2024Values();
    const conference = (values['parts.sor-troms.ownerBudget'] as TBudgetTable).lines[0];
    if (conference?.kind !== 'item' || !conference.details) throw new Error('the conference line has a detail table');
    const kindergartens = conference.details.lines[0];
    if (kindergartens?.kind !== 'item') throw new Error('kindergartens is an item line');
    expect(kindergartens.factors[0]).toEqual({ value: 36, label: 'barnehager', terms: null });
    kindergartens.factors[0]!.value = 37;

    expect(partTotals('parts.sor-troms', values).owner?.total).toBe(1_126_550); // + 1 × 3 × 3 × 610 = 5 490
    const disagreement = validate(values).issues.find((i) => i.code === 'SECTION6_DISAGREES_WITH_BUDGET');
    expect(disagreement?.path).toBe('parts.sor-troms.grantUse.years.0.ownerKr'); // 5 490 kr > 1 121 kr tolerance
  });

  it('Sør-Troms’ section 6 is derived from its own tables and says so', () => {
    const values = sorTromsEvenes2024Values();
    const derived = values['parts.sor-troms.grantUse'] as TGrantUse;
    const evenes = values['parts.evenes.grantUse'] as TGrantUse;
    const owner = values['parts.sor-troms.ownerBudget'] as TBudgetTable;
    const coordinatorLine = owner.lines.find((l) => l.description === 'Lønnskostnad koordinator');
    expect(derived.derived).toBe(true);
    expect(evenes.derived).toBe(false);
    expect(derived.years.map((y) => [y.year, y.ownerKr, y.uhKr, y.statedTotalKr, y.coordinatorOwnerKr])).toEqual([
      [2024, owner.statedTotal, 1_676_314, 2_797_374, coordinatorLine?.statedAmount],
      [2025, 1_121_060, 1_676_314, 2_797_374, 257_600],
    ]);
    expect(derived.years.map((y) => y.shares)).toEqual(evenes.years.map((y) => y.shares));
    expect(derived.coordinatorJustification).toEqual(evenes.coordinatorJustification);
  });

  it('2.2 has every row of the tiltak table, each with its "hva"', () => {
    const [period, ...more] = sorTromsEvenes2024Values()['s2.tiltak'] as TTiltakPeriod[];
    expect(more).toEqual([]);
    expect(period?.periode).toBe('Høst 24–vår 25');
    expect(period?.rader.map((r) => r.nummer)).toEqual([
      'Tiltak 1',
      'Tiltak 2',
      'Tiltak 3.1',
      'Tiltak 3.2',
      'Tiltak 4',
      'Tiltak 5.1',
      'Tiltak 5.2',
      'Tiltak 6',
      'Tiltak 7',
      'Tiltak 8',
    ]);
    expect(period?.rader.every((r) => isFilled(r.hva))).toBe(true);
    expect(period?.rader[0]?.hva).toBe('Kompetansepakke om inkluderende praksis');
  });

  it('sections 1–3 as in the document', () => {
    const values = sorTromsEvenes2024Values();
    expect(values['s1.tema']).toMatch(/^Tema for år 2 og 3 i satsningen/);
    expect((values['s1.tema'] as string).match(/^• /gm)).toHaveLength(2);
    expect((values['s1.aktivitetsplan'] as { uke: string }[]).map((r) => r.uke)).toEqual(['33', '38 (19.09)', '39-46', '46', '47']);
    expect(values['s1.omrader']).toEqual(['spesialpedagogikk', 'inkludering', 'tverrfaglig', 'ledelse']);
    expect((values['s2.langsiktigeMal'] as string).match(/^• /gm)).toHaveLength(8);
    expect((values['s2.delmal'] as TSubGoal[]).map((g) => g.points.length)).toEqual([1, 3]);
    expect([values['s3.dekomp'], values['s3.oppfolging']]).toEqual([null, null]);
    expect(values['s2.evaluering']).toContain('kompetanseutviklingsarbeidet på feltet'); // joined across the line break
  });

  it('the payment details are the document’s and pass the MOD11 checks', () => {
    const values = sorTromsEvenes2024Values();
    expect(ZOrgnr.parse(values['s5.ansvarligEier.orgnr'])).toBe('972417971');
    expect(ZKontonr.parse(values['s5.ansvarligEier.kontonr'])).toBe('81091069555');
    const [uit] = values['s5.uh'] as { orgnr: string; kontonr: string }[];
    expect([ZOrgnr.parse(uit?.orgnr), ZKontonr.parse(uit?.kontonr)]).toEqual(['970422528', '76940518691']);
  });

  it('names no real person and has only example.org addresses and the fictional phone number', () => {
    const text = JSON.stringify(sorTromsEvenes2024Values());
    const surnames = ['Johnsen', 'Seime', 'Rørvik', 'Bruun', 'Lauridsen', 'Sjåvik', 'Liland', 'Kløvnes', 'Dahle', 'Pettersen', 'Utvåg', 'Jenssen', 'Anthonsen', 'Lunde', 'Kristoffersen', 'Mohaug', 'Bastiansen'];
    for (const surname of surnames) expect(text).not.toContain(surname);
    expect(new Set(text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g))).toEqual(new Set(['tone.eide@example.org', 'eva.evenes@example.org', 'ingrid.uh@example.org']));
    expect(text.match(/\b\d{8}\b/g)).toEqual(['41234567']);
  });

  it('gives a fresh object each call; the exported constant is the same data, frozen', () => {
    const a = sorTromsEvenes2024Values();
    (a['s2.tiltak'] as TTiltakPeriod[])[0]!.rader.pop();
    expect((sorTromsEvenes2024Values()['s2.tiltak'] as TTiltakPeriod[])[0]?.rader).toHaveLength(10);
    expect(SOR_TROMS_EVENES_2024_VALUES).toEqual(sorTromsEvenes2024Values());
    expect(Object.isFrozen(SOR_TROMS_EVENES_2024_VALUES['parts.sor-troms.ownerBudget'])).toBe(true);
  });
});
