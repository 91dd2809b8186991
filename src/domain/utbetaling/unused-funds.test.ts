// The pure rules of unused money (issue 15 point 2): the registration cap (paid for reported money, decided for money
// the office found before payment), each decision's refusals, the claim's due date and part payments.
import { describe, expect, it } from 'vitest';
import { claimDueLocal, decisionRefusal, payableRest, receiptOutcome, unusedCap, ZUtbetalingSettingInput, type TDecisionFacts } from './unused-funds.ts';

const facts = (over: Partial<TDecisionFacts>): TDecisionFacts => ({
  state: 'registrert',
  year: 2026,
  amountKr: 10_000,
  paidKr: 100_000,
  decision: 'overfort',
  targetYear: 2027,
  offsetLine: null,
  repaymentKontonr: null,
  ...over,
});

describe('unusedCap', () => {
  it('reported money is capped by what was paid, found money by what was decided, less what is registered', () => {
    expect(unusedCap({ source: 'rapport', decidedKr: 100_000, paidKr: 60_000, registeredKr: 10_000 })).toBe(50_000);
    expect(unusedCap({ source: 'kontor', decidedKr: 100_000, paidKr: 0, registeredKr: 10_000 })).toBe(90_000);
    expect(unusedCap({ source: 'rapport', decidedKr: 100_000, paidKr: 5_000, registeredKr: 10_000 })).toBe(0);
  });
});

describe('decisionRefusal', () => {
  it('decides once', () => {
    expect(decisionRefusal(facts({ state: 'overfort' }))).toEqual({ code: 'decided', state: 'overfort' });
  });
  it('holds over or offsets only to a later year', () => {
    expect(decisionRefusal(facts({ targetYear: 2026 }))).toEqual({ code: 'target-year' });
    expect(decisionRefusal(facts({}))).toBeNull();
  });
  it('offsets only against a line with the payable rest', () => {
    expect(decisionRefusal(facts({ decision: 'motregnet' }))).toEqual({ code: 'no-offset-line', targetYear: 2027 });
    expect(decisionRefusal(facts({ decision: 'motregnet', offsetLine: { payableRestKr: 9_999 } }))).toEqual({ code: 'offset-above-rest', restKr: 9_999 });
    expect(decisionRefusal(facts({ decision: 'motregnet', offsetLine: { payableRestKr: 10_000 } }))).toBeNull();
  });
  it('claims only with the office’s account set, and never more than was paid', () => {
    expect(decisionRefusal(facts({ decision: 'krevd' }))).toEqual({ code: 'no-account' });
    expect(decisionRefusal(facts({ decision: 'krevd', repaymentKontonr: '76940512057', paidKr: 5_000 }))).toEqual({ code: 'claim-above-paid', paidKr: 5_000 });
    expect(decisionRefusal(facts({ decision: 'krevd', repaymentKontonr: '76940512057', targetYear: 2020 }))).toBeNull();
  });
});

describe('payableRest', () => {
  it('is the amount less offsets and what batches hold, never below zero', () => {
    expect(payableRest({ amountKr: 100_000, offsetKr: 20_000 }, 30_000)).toBe(50_000);
    expect(payableRest({ amountKr: 100_000, offsetKr: 80_000 }, 30_000)).toBe(0);
  });
});

describe('claimDueLocal', () => {
  it('adds calendar days to the Oslo date, across month and year ends', () => {
    expect(claimDueLocal('2026-11-02', 30)).toBe('2026-12-02');
    expect(claimDueLocal('2026-12-15', 30)).toBe('2027-01-14');
    expect(claimDueLocal('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('receiptOutcome', () => {
  it('adds part payments and settles the claim when all is in; refuses more than outstanding or no claim', () => {
    expect(receiptOutcome({ state: 'krevd', amountKr: 30_000, receivedKr: null, incomingKr: 10_000 })).toEqual({ ok: true, receivedKr: 10_000, state: 'krevd' });
    expect(receiptOutcome({ state: 'krevd', amountKr: 30_000, receivedKr: 10_000, incomingKr: 20_000 })).toEqual({ ok: true, receivedKr: 30_000, state: 'mottatt' });
    expect(receiptOutcome({ state: 'krevd', amountKr: 30_000, receivedKr: 10_000, incomingKr: 20_001 })).toEqual({ ok: false, code: 'above-outstanding', outstandingKr: 20_000 });
    expect(receiptOutcome({ state: 'overfort', amountKr: 30_000, receivedKr: null, incomingKr: 1 })).toMatchObject({ ok: false, code: 'not-claimed' });
  });
});

describe('ZUtbetalingSettingInput', () => {
  it('takes a valid kontonr with separators, clears it with empty, and days 7–90', () => {
    expect(ZUtbetalingSettingInput.parse({ repaymentKontonr: '7694.05.12057', repaymentDays: 7 })).toEqual({ repaymentKontonr: '76940512057', repaymentDays: 7 });
    expect(ZUtbetalingSettingInput.parse({ repaymentKontonr: '', repaymentDays: 90 })).toEqual({ repaymentKontonr: null, repaymentDays: 90 });
    expect(ZUtbetalingSettingInput.safeParse({ repaymentKontonr: '76940512058', repaymentDays: 30 }).success).toBe(false);
    expect(ZUtbetalingSettingInput.safeParse({ repaymentKontonr: null, repaymentDays: 91 }).success).toBe(false);
  });
});
