import { describe, expect, it } from 'vitest';
import { computeDraftTable } from './budget-compute.ts';
import type { DraftTable } from './draft-types.ts';

const path = 'parts.a.ownerBudget';

describe('computeDraftTable', () => {
  it('computes complete lines as validation does, with the warning and its difference at the line', () => {
    const table: DraftTable = {
      lines: [
        { kind: 'item', description: 'Dialogkonferanser', factors: [{ value: 273 }, { value: 3 }], unitPrice: 610, statedAmount: 499_591 },
        { kind: 'percentage', description: 'Påslag', percent: 20, statedAmount: null },
      ],
      statedTotal: null,
    };
    const view = computeDraftTable(table, path)!;
    expect(view.lines.map((l) => l.computed)).toEqual([499_590, 99_918]);
    expect(view.total).toBe(599_508);
    expect(view.lines[0]!.issues).toEqual([expect.objectContaining({ code: 'STATED_DIFFERS', differenceKr: 1, path: `${path}.lines.0.statedAmount` })]);
    expect(view.incompleteLines).toBe(0);
  });

  it('leaves half-typed lines out instead of giving up on the table', () => {
    const table: DraftTable = {
      lines: [
        { kind: 'item', description: null, factors: [{ value: 10 }], unitPrice: 100, statedAmount: null },
        { kind: 'item', description: 'Uten pris', factors: [{ value: 5 }], unitPrice: null, statedAmount: null },
        { kind: 'percentage', description: 'Uten sats', percent: null, statedAmount: 7 },
        { kind: 'subtotal', description: 'Sum', statedAmount: 1000 },
      ],
    };
    const view = computeDraftTable(table, path)!;
    expect(view.lines.map((l) => l.computed)).toEqual([1000, null, null, 1000]);
    expect(view.lines[2]!.stated).toBe(7);
    expect(view.total).toBe(1000);
    expect(view.incompleteLines).toBe(2);
  });

  it('uses a detail table for its line', () => {
    const table: DraftTable = {
      lines: [
        {
          kind: 'item',
          description: 'Samling',
          factors: [{ value: 2 }],
          unitPrice: 100,
          statedAmount: null,
          details: { lines: [{ kind: 'item', description: 'Reise', factors: [], unitPrice: null, statedAmount: 150 }] },
        },
      ],
    };
    const view = computeDraftTable(table, path)!;
    expect(view.lines[0]!.computed).toBe(150);
    expect(view.lines[0]!.details?.lines[0]!.computed).toBe(150);
    expect(view.lines[0]!.issues[0]).toMatchObject({ code: 'FACTORS_DIFFER_FROM_DETAILS', differenceKr: 50 });
  });

  it('a lump sum is its stated amount; an empty table computes nothing', () => {
    expect(computeDraftTable({ lines: [{ kind: 'item', description: 'Fast', statedAmount: 5000 }] }, path)!.total).toBe(5000);
    expect(computeDraftTable({ lines: [] }, path)).toBeNull();
  });
});
