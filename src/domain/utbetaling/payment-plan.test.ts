// The payment plan's pure rules (issue 15 point 1): which decisions are planned, state UH as transfers, what is still
// payable, the account flag (digits only, only where the application gave one), the application's 5.1/5.3 account,
// why a line cannot go into a batch — and the approved account while a change waits or after it was rejected.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RECIPIENT_PROFILE } from '../tilsagn/recipient.ts';
import { accountChangeFor, approvedKontonr } from './account.ts';
import { applicationKontonr, kontonrDiffers, lineBlocker, payableKr, planLinesFor, plannable } from './payment-plan.ts';

const gate = { kind: 'tilsagn', issued: true, superseded: false, accepted: true, needsAcceptance: true };

describe('plannable', () => {
  it('plans an issued, accepted tilsagn in force, and one of transfers only without acceptance', () => {
    expect(plannable(gate)).toBe(true);
    expect(plannable({ ...gate, accepted: false })).toBe(false);
    expect(plannable({ ...gate, accepted: false, needsAcceptance: false })).toBe(true);
    expect(plannable({ ...gate, superseded: true })).toBe(false);
    expect(plannable({ ...gate, issued: false })).toBe(false);
    expect(plannable({ ...gate, kind: 'avslag' })).toBe(false);
  });
});

describe('planLinesFor', () => {
  it('makes a state UH’s share a transfer and everything else a payment, leaving out lines without money', () => {
    const lines = [
      { year: 2025, recipient: 'owner', recipientOrgId: 'harstad', amountKr: 100_000 },
      { year: 2025, recipient: 'uh', recipientOrgId: 'uit', amountKr: 50_000 },
      { year: 2025, recipient: 'uh', recipientOrgId: 'private', amountKr: 10_000 },
      { year: 2026, recipient: 'uh', recipientOrgId: 'uit', amountKr: 0 },
    ];
    const profiles = (id: string) => (id === 'uit' ? { ...DEFAULT_RECIPIENT_PROFILE, receipt: 'statlig-overforing' as const } : null);
    expect(planLinesFor(lines, profiles).map((l) => [l.recipientOrgId, l.kind])).toEqual([
      ['harstad', 'utbetaling'],
      ['uit', 'overforing'],
      ['private', 'utbetaling'],
    ]);
  });
});

describe('payableKr', () => {
  it('is the amount less offset, paid and in batches, never below zero', () => {
    expect(payableKr({ amountKr: 100, offsetKr: 10, paidKr: 30, inBatchesKr: 20 })).toBe(40);
    expect(payableKr({ amountKr: 100, offsetKr: 90, paidKr: 30, inBatchesKr: 0 })).toBe(0);
  });
});

describe('kontonrDiffers', () => {
  it('compares digits only, and only where the application gave an account', () => {
    expect(kontonrDiffers('81091069555', '8109 10 69555')).toBe(false);
    expect(kontonrDiffers('81091069555', '8109.10.69556')).toBe(true);
    expect(kontonrDiffers(null, '81091069555')).toBe(true);
    expect(kontonrDiffers('81091069555', null)).toBe(false);
    expect(kontonrDiffers('81091069555', '  ')).toBe(false);
  });
});

describe('applicationKontonr', () => {
  const values = {
    's5.ansvarligEier.kontonr': '8109 10 69555',
    's5.uh': [
      { navn: 'Nord universitet', orgnr: '964 979 444', kontonr: '30001234567' },
      { navn: 'UiT Norges arktiske universitet', orgnr: null, kontonr: '15032712344' },
    ],
  };
  it('reads 5.1 for the owner side and the UH’s 5.3 row by orgnr, else by name', () => {
    expect(applicationKontonr(values, 'owner', { name: 'Harstad kommune', orgnr: '972417971' })).toBe('8109 10 69555');
    expect(applicationKontonr(values, 'uh', { name: 'Nord universitet (NORD)', orgnr: '964979444' })).toBe('30001234567');
    expect(applicationKontonr(values, 'uh', { name: 'UiT Norges arktiske universitet', orgnr: '970422528' })).toBe('15032712344');
    expect(applicationKontonr(values, 'uh', { name: 'Høgskolen i Innlandet', orgnr: null })).toBeNull();
    expect(applicationKontonr({}, 'owner', { name: 'X', orgnr: null })).toBeNull();
  });
});

describe('lineBlocker', () => {
  it('keeps transfers, unapproved lines and lines without an account out of a batch', () => {
    const at = new Date();
    expect(lineBlocker({ kind: 'overforing', approvedAt: at, kontonr: null })).toBe('transfer');
    expect(lineBlocker({ kind: 'utbetaling', approvedAt: null, kontonr: '81091069555' })).toBe('not-approved');
    expect(lineBlocker({ kind: 'utbetaling', approvedAt: at, kontonr: null })).toBe('no-account');
    expect(lineBlocker({ kind: 'utbetaling', approvedAt: at, kontonr: '81091069555' })).toBeNull();
  });
});

describe('the approved account', () => {
  it('is the register’s, or the old one while a change waits or after it was rejected', () => {
    expect(approvedKontonr('15032712344', null)).toBe('15032712344');
    expect(approvedKontonr('15032712344', { id: 'c', state: 'venter', oldKontonr: '81091069555' })).toBe('81091069555');
    expect(approvedKontonr('15032712344', { id: 'c', state: 'avvist', oldKontonr: '81091069555' })).toBe('81091069555');
    expect(approvedKontonr('1503 27 12344', { id: 'c', state: 'bekreftet', oldKontonr: '81091069555' })).toBe('15032712344');
  });

  it('opens a change from the approved account, moves a waiting one, and ignores what does not touch money', () => {
    const base = { before: '81091069555', after: '15032712344', hasPaymentLines: true, latest: null };
    expect(accountChangeFor(base)).toEqual({ action: 'open', oldKontonr: '81091069555', newKontonr: '15032712344' });
    expect(accountChangeFor({ ...base, after: '8109.10.69555' })).toEqual({ action: 'none' });
    expect(accountChangeFor({ ...base, hasPaymentLines: false })).toEqual({ action: 'none' });
    expect(accountChangeFor({ ...base, latest: { id: 'c', state: 'venter', oldKontonr: '30001234567' } })).toEqual({ action: 'move', id: 'c', newKontonr: '15032712344' });
    // After a rejection the register holds the refused account: a new change starts from the approved one.
    const rejected = { id: 'c', state: 'avvist', oldKontonr: '81091069555' };
    expect(accountChangeFor({ before: '30001234567', after: '15032712344', hasPaymentLines: true, latest: rejected })).toEqual({ action: 'open', oldKontonr: '81091069555', newKontonr: '15032712344' });
    expect(accountChangeFor({ before: '30001234567', after: '81091069555', hasPaymentLines: true, latest: rejected })).toEqual({ action: 'none' });
  });
});
