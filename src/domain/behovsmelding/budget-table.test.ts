import { describe, expect, it } from 'vitest';
import type { TBudgetItemLine, TBudgetLine, TBudgetTable } from './budget-line.ts';
import { computeBudgetTable } from './budget-table.ts';
import { renderIssues } from './render-issues.ts';
import { renderNb } from '../shared/message-catalogs.ts';

const NB = '\u00a0';

const item = (description: string, factors: number[], unitPrice: number | null, statedAmount: number | null, id: string | null = null): TBudgetItemLine => ({
  kind: 'item',
  id,
  description,
  factors: factors.map((value) => ({ value, label: null, terms: null })),
  unitPrice,
  statedAmount,
  details: null,
});
const table = (lines: TBudgetLine[], statedTotal: number | null = null): TBudgetTable => ({ title: null, lines, statedTotal });

describe('computeBudgetTable', () => {
  it('returns per line stated, computed and difference, and the total of the lines', () => {
    const result = computeBudgetTable(table([item('Lokaler', [6], 10_000, 60_000), item('Koordinator', [], null, 257_600)], 317_600), 'parts.0.ownerBudget');
    expect(result.lines.map((l) => [l.path, l.stated, l.computed, l.difference])).toEqual([
      ['parts.0.ownerBudget.lines.0', 60_000, 60_000, 0],
      ['parts.0.ownerBudget.lines.1', 257_600, 257_600, 0],
    ]);
    expect(result.total).toBe(317_600);
    expect(result.totalDifference).toBe(0);
    expect(result.issues).toEqual([]);
  });

  it('warns at the line when the stated sum differs, with the difference in kroner', () => {
    const result = computeBudgetTable(table([item('Nettverk', [140], 610, 85_000)], 85_000), 'parts.0.ownerBudget');
    expect(result.lines[0]?.difference).toBe(-400);
    expect(renderIssues(result.issues, renderNb)).toEqual([
      {
        severity: 'warning',
        code: 'STATED_DIFFERS',
        path: 'parts.0.ownerBudget.lines.0.statedAmount',
        message: `Oppgitt sum 85${NB}000${NB}kr avviker fra beregnet 85${NB}400${NB}kr (400${NB}kr)`,
        differenceKr: -400,
      },
      {
        severity: 'warning',
        code: 'STATED_DIFFERS',
        path: 'parts.0.ownerBudget.statedTotal',
        message: `Oppgitt sum 85${NB}000${NB}kr avviker fra beregnet 85${NB}400${NB}kr (400${NB}kr)`,
        differenceKr: -400,
      },
    ]);
  });

  it('takes a line’s amount from its detail table and only checks its own factors against it', () => {
    const line: TBudgetItemLine = {
      ...item('Dialogkonferanse', [10, 3], 610, null),
      details: table([item('Barnehage', [2, 3], 610, null), item('Skole', [9, 3], 610, null)]),
    };
    const result = computeBudgetTable(table([line]), 't');
    expect(result.total).toBe(20_130); // 11 × 3 × 610 from the details, not 10 × 3 × 610 = 18 300
    expect(result.lines[0]?.factorsTimesPrice).toBe(18_300);
    expect(result.lines[0]?.details?.lines.map((l) => l.path)).toEqual(['t.lines.0.details.lines.0', 't.lines.0.details.lines.1']);
    expect(renderIssues(result.issues, renderNb)).toEqual([
      {
        severity: 'warning',
        code: 'FACTORS_DIFFER_FROM_DETAILS',
        path: 't.lines.0.factors',
        message: `10 × 3 × 610 = 18${NB}300${NB}kr, men detaljtabellen summerer til 20${NB}130${NB}kr`,
        differenceKr: -1830,
      },
    ]);
  });

  it('applies a percentage to the item lines above it, rounded at the line, halves up', () => {
    const result = computeBudgetTable(
      table([
        item('A', [], null, 100_000),
        item('B', [], null, 21_472),
        { kind: 'subtotal', id: null, description: 'Totalt for tiltak', statedAmount: 121_472 },
        { kind: 'percentage', id: null, description: 'Påslag 20 %', percent: 20, baseLineIds: null, statedAmount: null },
        { kind: 'percentage', id: null, description: 'Halv krone', percent: 0.5, baseLineIds: null, statedAmount: null },
        { kind: 'subtotal', id: null, description: 'Totalt', statedAmount: null },
      ]),
    );
    const [, , subtotal, markup, half, grand] = result.lines;
    expect(subtotal?.computed).toBe(121_472);
    expect(markup?.base).toBe(121_472);
    expect(markup?.computed).toBe(24_294); // 24 294,40
    expect(half?.base).toBe(121_472); // other percentage lines and subtotals are not part of the base
    expect(half?.computed).toBe(607); // 607,36
    expect(grand?.computed).toBe(121_472 + 24_294 + 607); // a running total of item and percentage lines
    expect(result.total).toBe(146_373); // subtotals are never counted
  });

  it('rounds a half krone of a percentage up', () => {
    const result = computeBudgetTable(table([item('A', [], null, 5), { kind: 'percentage', id: null, description: 'Påslag', percent: 10, baseLineIds: null, statedAmount: null }]));
    expect(result.lines[1]?.computed).toBe(1); // 0,5 → 1
  });

  it('applies a percentage to the named lines only when it says so', () => {
    const result = computeBudgetTable(
      table([
        item('Reise', [], null, 10_000, 'reise'),
        item('Lønn', [], null, 50_000, 'lonn'),
        { kind: 'percentage', id: null, description: 'Sosiale kostnader 14,1 %', percent: 14.1, baseLineIds: ['lonn'], statedAmount: 7_050 },
      ]),
    );
    expect(result.lines[2]?.base).toBe(50_000);
    expect(result.lines[2]?.computed).toBe(7_050);
    expect(result.total).toBe(67_050);
  });
});
