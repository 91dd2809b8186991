// The decision form's values and request (issue 14, point 1): one amount per year × recipient beside the
// innstilling's, a deviation seen as typed, amounts read as people write them, an avslag sending no lines.
import { describe, expect, it } from 'vitest';
import type { VedtakDetail } from '../../../domain/tilsagn/vedtak-contract.ts';
import { amountCells, cellKey, formDeviates, localDateText, updateBody, vedtakFormBody, vedtakFormSchema, vedtakValues } from './vedtak-form-values.ts';

const HARSTAD = '11111111-1111-4111-8111-111111111111';
const UIT = '22222222-2222-4222-8222-222222222222';

const line = (year: number, recipient: 'owner' | 'uh', orgId: string, amountKr: number) => ({ year, recipient, recipientOrgId: orgId, amountKr });

function detail(over: Partial<{ kind: 'tilsagn' | 'avslag'; lines: ReturnType<typeof line>[]; recommended: ReturnType<typeof line>[] | null }> = {}): VedtakDetail {
  const lines = over.lines ?? [line(2026, 'owner', HARSTAD, 100_000), line(2026, 'uh', UIT, 50_000), line(2027, 'owner', HARSTAD, 80_000)];
  return {
    round: { id: 'r', title: 'Utlysning 2026', year: 2026, officeName: 'Statsforvalteren' },
    vedtak: {
      kind: over.kind ?? 'tilsagn',
      lines: lines.map((l) => ({ ...l, recipientName: l.recipientOrgId === HARSTAD ? 'Harstad kommune' : 'UiT', conditional: l.year > 2026 })),
      reasons: 'Innvilget.',
      deviationReason: null,
      version: 3,
    },
    years: [2026, 2027],
    recipients: [
      { recipient: 'owner', orgId: HARSTAD, name: 'Harstad kommune' },
      { recipient: 'uh', orgId: UIT, name: 'UiT' },
    ],
    recommendedLines: over.recommended === undefined ? [line(2026, 'owner', HARSTAD, 100_000), line(2026, 'uh', UIT, 50_000), line(2027, 'owner', HARSTAD, 80_000)] : over.recommended,
  } as unknown as VedtakDetail;
}

describe('the amount inputs', () => {
  it('are one per year × recipient, with the decision’s and the innstilling’s amounts, later years conditional', () => {
    const cells = amountCells(detail());
    expect(cells.map((c) => [c.year, c.name, c.amountKr, c.recommendedKr, c.conditional])).toEqual([
      [2026, 'Harstad kommune', 100_000, 100_000, false],
      [2026, 'UiT', 50_000, 50_000, false],
      [2027, 'Harstad kommune', 80_000, 80_000, true],
      [2027, 'UiT', 0, 0, true],
    ]);
  });

  it('leave the innstilling out where the actor does not see it', () => {
    expect(amountCells(detail({ recommended: null })).every((c) => c.recommendedKr === null)).toBe(true);
  });

  it('fill the form with formatted amounts, empty where there is none', () => {
    const v = vedtakValues(detail());
    expect(v.amounts[cellKey(2026, 'owner', HARSTAD)]).toBe('100\u00a0000');
    expect(v.amounts[cellKey(2027, 'uh', UIT)]).toBe('');
    expect([v.kind, v.reasons, v.deviationReason]).toEqual(['tilsagn', 'Innvilget.', '']);
  });
});

describe('a deviation from the innstilling', () => {
  const d = detail();
  const cells = amountCells(d);
  it('is none as prepared, and shows when an amount or the kind changes', () => {
    const v = vedtakValues(d);
    expect(formDeviates(v, cells, 'tilsagn')).toBe(false);
    expect(formDeviates({ ...v, amounts: { ...v.amounts, [cellKey(2027, 'owner', HARSTAD)]: '60 000' } }, cells, 'tilsagn')).toBe(true);
    expect(formDeviates({ ...v, kind: 'avslag' }, cells, 'tilsagn')).toBe(true);
  });

  it('is unknown without the innstilling', () => {
    const hidden = detail({ recommended: null });
    expect(formDeviates(vedtakValues(hidden), amountCells(hidden), 'tilsagn')).toBeNull();
  });
});

describe('the request', () => {
  const d = detail();
  const cells = amountCells(d);

  it('sends the lines with money as kroner, zero left out, the texts trimmed, a blank deviation reason as null', () => {
    const v = { ...vedtakValues(d), reasons: '  Innvilget. ', deviationReason: '  ' };
    v.amounts[cellKey(2027, 'owner', HARSTAD)] = 'kr 60 000,-';
    expect(updateBody(vedtakFormBody(v), cells, 3)).toEqual({
      expectedVersion: 3,
      kind: 'tilsagn',
      lines: [line(2026, 'owner', HARSTAD, 100_000), line(2026, 'uh', UIT, 50_000), line(2027, 'owner', HARSTAD, 60_000)],
      reasons: 'Innvilget.',
      deviationReason: null,
    });
  });

  it('sends no lines for an avslag, whatever is left in the inputs', () => {
    const v = { ...vedtakValues(d), kind: 'avslag' as const, deviationReason: 'Ikke forankret.' };
    expect(updateBody(vedtakFormBody(v), cells, 3)).toMatchObject({ kind: 'avslag', lines: [], deviationReason: 'Ikke forankret.' });
  });

  it('refuses an amount that is not whole kroner, on its own field', () => {
    const v = vedtakValues(d);
    const key = cellKey(2026, 'uh', UIT);
    v.amounts[key] = '12,50';
    const result = vedtakFormSchema(cells.map((c) => c.key), (k) => `Beløp ${k}`).safeParse(vedtakFormBody(v));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([`amounts.${key}`]);
  });
});

it('shows a local date as written', () => {
  expect([localDateText('2027-03-01'), localDateText(null), localDateText('x')]).toEqual(['01.03.2027', '', '']);
});
