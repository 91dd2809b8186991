import { describe, expect, it } from 'vitest';
import { ZBudgetLine, ZBudgetTable, factorsTimesPrice, formatFormula, type TBudgetItemLine } from './budget-line.ts';
import { renderNb } from '../shared/message-catalogs.ts';

const NB = '\u00a0';

function messages(schema: typeof ZBudgetLine | typeof ZBudgetTable, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: renderNb(i.message) }));
}

describe('ZBudgetLine', () => {
  it('normalises a line typed into the form: amounts as text, empty fields as null', () => {
    const line = ZBudgetLine.parse({
      kind: 'item',
      description: ' Leie lokaler 8 nettverk × 10 000 ',
      factors: [{ value: 8, label: 'nettverkstreff' }],
      unitPrice: '10 000',
      statedAmount: '80 000,-',
      details: undefined,
    });
    expect(line).toEqual({
      kind: 'item',
      id: null,
      description: 'Leie lokaler 8 nettverk × 10 000',
      factors: [{ value: 8, label: 'nettverkstreff', terms: null }],
      unitPrice: 10_000,
      statedAmount: 80_000,
      details: null,
    });
  });
  it('accepts a lump sum (no factors, no unit price) with its amount', () => {
    expect(ZBudgetLine.safeParse({ kind: 'item', description: 'Lønnskostnad koordinator', statedAmount: 257_600 }).success).toBe(true);
  });
  it('names the empty field in Norwegian', () => {
    expect(messages(ZBudgetLine, { kind: 'item', description: '', statedAmount: 1 })).toEqual([{ path: 'description', message: 'Beskrivelse må fylles ut' }]);
    expect(messages(ZBudgetLine, { kind: 'item', description: 'Lønnskostnad koordinator' })).toEqual([{ path: 'statedAmount', message: 'Beløp må fylles ut' }]);
    expect(messages(ZBudgetLine, { kind: 'item', description: 'Nettverk', factors: [{ value: 4 }] })).toEqual([
      { path: 'unitPrice', message: 'Enhetspris må fylles ut når linjen har faktorer' },
    ]);
    expect(messages(ZBudgetLine, { kind: 'annet', description: 'x' })).toEqual([{ path: 'kind', message: 'Velg type linje' }]);
  });
  it('refuses negative factors and percentages out of range', () => {
    expect(messages(ZBudgetLine, { kind: 'item', description: 'x', factors: [{ value: -1 }], unitPrice: 610 })).toEqual([
      { path: 'factors.0.value', message: 'Faktoren kan ikke være negativ' },
    ]);
    expect(messages(ZBudgetLine, { kind: 'percentage', description: 'Påslag', percent: 120 })).toEqual([
      { path: 'percent', message: 'Prosentsatsen kan ikke være over 100' },
    ]);
  });
  it('checks that a factor written as a sum is that sum', () => {
    expect(ZBudgetLine.safeParse({ kind: 'item', description: 'Nettverk', factors: [{ value: 50, terms: [35, 15] }], unitPrice: 610 }).success).toBe(true);
    expect(messages(ZBudgetLine, { kind: 'item', description: 'Nettverk', factors: [{ value: 50, terms: [35, 14] }], unitPrice: 610 })).toEqual([
      { path: 'factors.0.value', message: 'Faktoren 50 er ikke summen av leddene (35 + 14)' },
    ]);
  });
});

describe('ZBudgetTable', () => {
  const item = (id: string | null, amount: number) => ({ kind: 'item', id, description: `Linje ${id}`, statedAmount: amount });
  it('checks the lines of a detail table too, with the path into it', () => {
    const conference = { kind: 'item', description: 'Dialogkonferanse', factors: [{ value: 273 }, { value: 3 }], unitPrice: 610, details: { lines: [{ kind: 'item', description: '', factors: [{ value: 36 }], unitPrice: 610 }] } };
    expect(messages(ZBudgetTable, { lines: [conference] })).toEqual([{ path: 'lines.0.details.lines.0.description', message: 'Beskrivelse må fylles ut' }]);
  });
  it('needs at least one line', () => {
    expect(messages(ZBudgetTable, { lines: [] })).toEqual([{ path: 'lines', message: 'Budsjettet må ha minst én linje' }]);
  });
  it('lets a percentage apply only to lines above it', () => {
    const percentage = (baseLineIds?: string[]) => ({ kind: 'percentage', description: 'Påslag', percent: 20, baseLineIds });
    expect(messages(ZBudgetTable, { lines: [percentage(), item('a', 100)] })).toEqual([{ path: 'lines.0', message: 'Påslaget må stå under linjene det beregnes av' }]);
    expect(messages(ZBudgetTable, { lines: [item('a', 100), percentage(['b']), item('b', 100)] })).toEqual([
      { path: 'lines.1.baseLineIds', message: 'Påslaget kan bare gjelde kostnadslinjer eller delsummer over det («b»)' },
    ]);
    expect(messages(ZBudgetTable, { lines: [item('a', 100), item('a', 200)] })).toEqual([{ path: 'lines.1.id', message: 'Linje-id «a» er brukt før i tabellen' }]);
  });
});

describe('a line’s own arithmetic', () => {
  const line: TBudgetItemLine = {
    kind: 'item',
    id: null,
    description: 'Nettverk barnehage og PPT',
    factors: [
      { value: 50, label: 'ansatte', terms: [35, 15] },
      { value: 4, label: 'nettverkstreff', terms: null },
    ],
    unitPrice: 610,
    statedAmount: 122_000,
    details: null,
  };
  it('multiplies factors by the unit price and shows the formula as written', () => {
    expect(factorsTimesPrice(line)).toBe(122_000);
    expect(formatFormula(line)).toBe('(35 + 15) × 4 × 610');
    expect(formatFormula({ ...line, factors: [{ value: 1000, label: null, terms: null }], unitPrice: 10_000 })).toBe(`1${NB}000 × 10${NB}000`);
  });
  it('rounds at the line, halves up', () => {
    expect(factorsTimesPrice({ ...line, factors: [{ value: 2.5, label: 'timer', terms: null }], unitPrice: 1 })).toBe(3);
    expect(factorsTimesPrice({ ...line, factors: [{ value: 0.92, label: 'andel', terms: null }], unitPrice: 32_001 })).toBe(29_441); // 29 440,92
  });
});
