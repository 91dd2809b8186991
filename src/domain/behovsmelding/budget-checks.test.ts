import { describe, expect, it } from 'vitest';
import { errorsOf, type TBudgetIssue } from './budget-issue.ts';
import { section6ToleranceKr } from './budget-checks.ts';
import { SOR_TROMS_EVENES_2024 } from './fixtures/sor-troms-evenes-2024.ts';
import type { TApplicationBudget } from './parts.ts';
import { validateApplicationBudget } from './validate-budget.ts';
import { renderIssues } from './render-issues.ts';
import { renderNb } from '../shared/message-catalogs.ts';

const NB = '\u00a0';

/** The real application with one change: a test of a single rule against otherwise clean data. */
function changed(change: (app: TApplicationBudget) => void): TApplicationBudget {
  const app = structuredClone(SOR_TROMS_EVENES_2024);
  change(app);
  return app;
}

function evenes(app: TApplicationBudget) {
  const part = app.parts[1];
  if (!part?.grantUse) throw new Error('fixture: Evenes has section 6');
  return { part, grantUse: part.grantUse, year2024: part.grantUse.years[0]! };
}

/** The issues with their messages in Bokmål (they are message tokens, ADR 019). */
function issuesOf(input: unknown): TBudgetIssue[] {
  return renderIssues(validateApplicationBudget(input).issues, renderNb);
}

function errors(input: unknown): TBudgetIssue[] {
  return errorsOf(issuesOf(input));
}

function issuesAt(input: unknown, path: string): TBudgetIssue[] {
  return issuesOf(input).filter((i) => i.path === path);
}

describe('shares of a year (6.5–6.7)', () => {
  it('is an error when kartlegging + planlegging + gjennomføring is not 100 %', () => {
    const app = changed((a) => (evenes(a).year2024.shares.gjennomforing = 80));
    expect(errors(app)).toEqual([
      {
        severity: 'error',
        code: 'SHARES_NOT_100',
        path: 'parts.1.grantUse.years.0.shares',
        message: `Andelene for 2024 summerer til 90${NB}% (kartlegging 0${NB}% + planlegging 10${NB}% + gjennomføring 80${NB}%), men skal summere til 100${NB}%`,
      },
    ]);
    expect(validateApplicationBudget(app).canSubmit).toBe(false);
  });
  it('sums exactly, so 33,33 + 33,33 + 33,34 is 100 %', () => {
    const app = changed((a) => (evenes(a).year2024.shares = { kartlegging: 33.33, planlegging: 33.33, gjennomforing: 33.34 }));
    expect(errors(app)).toEqual([]);
  });
  it('requires each share', () => {
    const app = changed((a) => Object.assign(evenes(a).year2024.shares, { planlegging: '' }));
    expect(errors(app)).toEqual([
      { severity: 'error', code: 'REQUIRED', path: 'parts.1.grantUse.years.0.shares.planlegging', message: 'Andel til planlegging må fylles ut' },
    ]);
  });
});

describe('coordinator (6.8 / 6.8.1)', () => {
  it('is an error when the owner sets money aside for a coordinator without saying why', () => {
    const app = changed((a) => (evenes(a).grantUse.coordinatorJustification.owner = null));
    expect(errors(app)).toEqual([
      {
        severity: 'error',
        code: 'COORDINATOR_WITHOUT_JUSTIFICATION',
        path: 'parts.1.grantUse.coordinatorJustification.owner',
        message: `Eier har satt av 22${NB}400${NB}kr til koordinator i 2024. Redegjør for hvorfor det er nødvendig med koordinator.`,
      },
    ]);
  });
  it('is the same for UH', () => {
    const app = changed((a) => {
      evenes(a).grantUse.coordinatorJustification.uh = null;
      evenes(a).grantUse.years[1]!.coordinatorUhKr = 30_000;
    });
    expect(errors(app)).toEqual([
      {
        severity: 'error',
        code: 'COORDINATOR_WITHOUT_JUSTIFICATION',
        path: 'parts.1.grantUse.coordinatorJustification.uh',
        message: `UH har satt av 30${NB}000${NB}kr til koordinator i 2025. Redegjør for hvorfor det er nødvendig med koordinator.`,
      },
    ]);
  });
  it('needs no justification when no coordinator money is asked for', () => {
    const app = changed((a) => {
      evenes(a).grantUse.coordinatorJustification = { owner: null, uh: null };
      for (const y of evenes(a).grantUse.years) y.coordinatorOwnerKr = null;
    });
    expect(errors(app)).toEqual([]);
  });
});

describe('breakdown per municipality (section 5)', () => {
  it('is an error when the municipalities do not sum to the part’s total', () => {
    const app = changed((a) => (a.parts[0]!.unitCounts.kommunaleBarnehager!.byMunicipality[1]!.count = 15)); // Harstad 16 → 15
    expect(errors(app)).toEqual([
      {
        severity: 'error',
        code: 'BREAKDOWN_MISMATCH',
        path: 'parts.0.unitCounts.kommunaleBarnehager.total',
        message: 'Fordelingen per kommune summerer til 26, men totalen er 27 kommunale barnehager',
      },
    ]);
  });
});

describe('section 6 against the budget tables: at most 1 kr per 1 000 kr', () => {
  it('allows max(1, floor(budget / 1000)) kroner', () => {
    expect(section6ToleranceKr(0)).toBe(1);
    expect(section6ToleranceKr(999)).toBe(1);
    expect(section6ToleranceKr(1_999)).toBe(1);
    expect(section6ToleranceKr(2_000)).toBe(2);
    expect(section6ToleranceKr(59_000)).toBe(59);
    expect(section6ToleranceKr(145_766)).toBe(145);
  });

  it('warns at 145 kr from UH’s 145 766 kr and blocks at 146 kr, above and below', () => {
    const at = (uhKr: number) => issuesAt(changed((a) => (evenes(a).year2024.uhKr = uhKr)), 'parts.1.grantUse.years.0.uhKr');
    expect(at(145_766 + 145)).toEqual([
      {
        severity: 'warning',
        code: 'SECTION6_DIFFERS_FROM_BUDGET',
        path: 'parts.1.grantUse.years.0.uhKr',
        message: `Punkt 6.4 for 2024 (145${NB}911${NB}kr) avviker fra UH-budsjettet (145${NB}766${NB}kr) med 145${NB}kr`,
        differenceKr: 145,
      },
    ]);
    expect(at(145_766 + 146)).toEqual([
      {
        severity: 'error',
        code: 'SECTION6_DISAGREES_WITH_BUDGET',
        path: 'parts.1.grantUse.years.0.uhKr',
        message: `Punkt 6.4 for 2024 (145${NB}912${NB}kr) avviker fra UH-budsjettet (145${NB}766${NB}kr) med 146${NB}kr – mer enn 1${NB}kr per 1${NB}000${NB}kr (høyst 145${NB}kr)`,
        differenceKr: 146,
      },
    ]);
    expect(at(145_766 - 145).map((i) => i.severity)).toEqual(['warning']);
    expect(at(145_766 - 146).map((i) => [i.severity, i.differenceKr])).toEqual([['error', -146]]);
    expect(at(145_766)).toEqual([]);
  });

  it('holds the owner’s 6.3 to the owner’s table the same way (59 000 kr: 59 kr allowed)', () => {
    const at = (ownerKr: number) => issuesAt(changed((a) => (evenes(a).year2024.ownerKr = ownerKr)), 'parts.1.grantUse.years.0.ownerKr');
    expect(at(59_059).map((i) => i.code)).toEqual(['SECTION6_DIFFERS_FROM_BUDGET']);
    expect(at(59_060)[0]?.message).toBe(
      `Punkt 6.3 for 2024 (59${NB}060${NB}kr) avviker fra eierbudsjettet (59${NB}000${NB}kr) med 60${NB}kr – mer enn 1${NB}kr per 1${NB}000${NB}kr (høyst 59${NB}kr)`,
    );
  });

  it('checks only the year the budget tables are for', () => {
    const app = changed((a) => (evenes(a).grantUse.years[1]!.uhKr = 500_000));
    expect(errors(app)).toEqual([]);
  });

  it('requires the amount and the year the tables are for', () => {
    expect(errors(changed((a) => (evenes(a).year2024.ownerKr = null)))).toEqual([
      {
        severity: 'error',
        code: 'REQUIRED',
        path: 'parts.1.grantUse.years.0.ownerKr',
        message: `Tilskudd eier ber om for 2024 (punkt 6.3) må fylles ut; eierbudsjettet er på 59${NB}000${NB}kr`,
      },
    ]);
    expect(errors(changed((a) => evenes(a).grantUse.years.shift()))).toEqual([
      { severity: 'error', code: 'REQUIRED', path: 'parts.1.grantUse.years', message: 'Punkt 6 mangler året 2024, som budsjettet gjelder' },
    ]);
  });

  it('warns when the year’s stated total is not 6.3 + 6.4', () => {
    expect(issuesAt(changed((a) => (evenes(a).year2024.statedTotalKr = 204_000)), 'parts.1.grantUse.years.0.statedTotalKr')).toEqual([
      {
        severity: 'warning',
        code: 'STATED_DIFFERS',
        path: 'parts.1.grantUse.years.0.statedTotalKr',
        message: `Oppgitt sum 204${NB}000${NB}kr avviker fra beregnet 204${NB}767${NB}kr (767${NB}kr)`,
        differenceKr: -767,
      },
    ]);
  });
});

describe('fields the schemas refuse', () => {
  it('reports an empty or invalid field as an error at its path, and computes nothing', () => {
    const app = changed((a) => {
      const line = a.parts[0]!.ownerBudget!.lines[5]!;
      line.description = ' ';
      (line as { statedAmount: unknown }).statedAmount = 'mye';
    });
    const result = validateApplicationBudget(app);
    expect(result.ok).toBe(false);
    expect(renderIssues(result.issues, renderNb)).toEqual([
      { severity: 'error', code: 'REQUIRED', path: 'parts.0.ownerBudget.lines.5.description', message: 'Beskrivelse må fylles ut' },
      { severity: 'error', code: 'INVALID', path: 'parts.0.ownerBudget.lines.5.statedAmount', message: 'Oppgitt sum må være et beløp i hele kroner' },
    ]);
  });
});
