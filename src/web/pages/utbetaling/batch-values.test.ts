// The payment pages' pure helpers (issue 15, point 1): which lines a new batch offers, the batch form's checks in the
// server's words (whole kroner above 0, at most the payable rest, at least one line) and its body, the editor's
// limits (what the item holds plus what remains), and the small forms' checks.
import { describe, expect, it } from 'vitest';
import { renderNb } from '../../../domain/shared/message-catalogs.ts';
import { batchFormTotal, batchFormValues, batchItems, editorLines, editorValues, paidOnErrors, returnMessageErrors, typedKroner, type BatchItemOut, type PayableLine } from './batch-values.ts';

const line = (lineId: string, patch: Partial<PayableLine> = {}): PayableLine => ({
  lineId,
  label: `Sør-Troms – Harstad kommune 2026 (${lineId})`,
  year: 2026,
  kind: 'utbetaling',
  amountKr: 100_000,
  offsetKr: 0,
  paidKr: 0,
  inBatchesKr: 40_000,
  payableRestKr: 60_000,
  blockedReason: null,
  ...patch,
});

describe('the new batch form', () => {
  const lines = [line('a'), line('b', { blockedReason: 'Ikke godkjent' }), line('c', { payableRestKr: 0 })];

  it('offers only the lines that may be paid now, unticked, with the payable rest', () => {
    expect(batchFormValues(lines)).toEqual({ a: { selected: false, amount: '60000' } });
  });

  it('reads amounts as whole kroner, with spaces and "kr"', () => {
    expect(typedKroner('kr 12 000')).toBe(12_000);
    expect(typedKroner('12000')).toBe(12_000);
    expect(typedKroner('12,5')).toBeNull();
    expect(typedKroner('')).toBeNull();
  });

  it('makes items of the ticked rows: the rest by default, a part payment when smaller', () => {
    expect(batchItems({ a: { selected: true, amount: '60000' } }, lines)).toEqual({ items: [{ lineId: 'a', amountKr: 60_000 }], errors: [] });
    expect(batchItems({ a: { selected: true, amount: '25 000' } }, lines).items).toEqual([{ lineId: 'a', amountKr: 25_000 }]);
    expect(batchFormTotal({ a: { selected: true, amount: '25 000' }, x: { selected: false, amount: '5' } })).toBe(25_000);
  });

  it('refuses in the server words: nothing ticked, no amount, more than the rest', () => {
    const say = (r: ReturnType<typeof batchItems>) => r.errors.map((e) => [e.field, renderNb(e.message)]);
    expect(say(batchItems({ a: { selected: false, amount: '60000' } }, lines))).toEqual([['items', 'Utbetalingen har ingen linjer']]);
    expect(say(batchItems({ a: { selected: true, amount: '0' } }, lines))).toEqual([['amount.a', `${lines[0]!.label}: beløpet må være hele kroner og større enn 0`]]);
    expect(say(batchItems({ a: { selected: true, amount: '60001' } }, lines))[0]![1]).toContain('er mer enn det som gjenstår å utbetale (kr\u00a060\u00a0000)');
  });
});

describe('the item editor', () => {
  const item: BatchItemOut = {
    lineId: 'a',
    year: 2026,
    recipient: 'owner',
    recipientOrgId: 'o1',
    orgName: 'Harstad kommune',
    orgnr: '123456789',
    kontonr: '12345678903',
    partnershipId: 'p1',
    partnershipName: 'Sør-Troms',
    documentNumber: '2026/12-3',
    amountKr: 40_000,
  };

  it('starts with every item ticked and limits each to what it holds plus what remains of its line', () => {
    expect(editorValues([item])).toEqual({ a: { selected: true, amount: '40000' } });
    expect(editorLines([item], new Map([['a', 60_000]]))).toEqual([{ lineId: 'a', label: 'Sør-Troms – Harstad kommune 2026', payableRestKr: 100_000 }]);
    expect(editorLines([item], null)[0]!.payableRestKr).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('the small forms', () => {
  it('needs a return message and a real paid date', () => {
    expect(returnMessageErrors('  ').map((e) => renderNb(e.message))).toEqual(['Skriv hvorfor utbetalingen sendes tilbake']);
    expect(returnMessageErrors('Feil konto')).toEqual([]);
    expect(paidOnErrors('2026-02-30').map((e) => e.field)).toEqual(['paidOnLocal']);
    expect(paidOnErrors('2026-02-27')).toEqual([]);
  });
});
