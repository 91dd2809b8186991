import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { paymentNotice } from '../notify/payment-notice.ts';
import {
  assertDistinctLines,
  awaitsReport,
  batchVerbFitsState,
  checkItem,
  nextPaymentBatchState,
  paidOnValid,
  payableRestKr,
  paymentText,
  type TPayableLine,
} from './payment-batch.ts';
import { paymentFileRows } from './payment-file-rows.ts';

const line = (over: Partial<TPayableLine> = {}): TPayableLine => ({
  id: 'l1',
  kind: 'utbetaling',
  approved: true,
  kontonr: '12345678903',
  amountKr: 100_000,
  offsetKr: 0,
  paidKr: 0,
  inOtherBatchesKr: 0,
  year: 2025,
  firstYear: 2025,
  label: 'Sør-Troms – Harstad kommune 2025',
  ...over,
});
const off = { paymentAwaitsReport: false, approvedReportYears: [] };
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).userMessage;
  }
  throw new Error('not refused');
};

describe('the payment batch state machine', () => {
  it('goes utkast → til-godkjenning → godkjent → eksportert → betalt, returned to utkast', () => {
    expect(nextPaymentBatchState('utkast', 'submit')).toBe('til-godkjenning');
    expect(nextPaymentBatchState('til-godkjenning', 'approve')).toBe('godkjent');
    expect(nextPaymentBatchState('til-godkjenning', 'return')).toBe('utkast');
    expect(nextPaymentBatchState('godkjent', 'export')).toBe('eksportert');
    expect(nextPaymentBatchState('eksportert', 'export')).toBe('eksportert');
    expect(nextPaymentBatchState('eksportert', 'mark-paid')).toBe('betalt');
  });
  it('refuses a step out of order with a Norwegian message', () => {
    expect(refusal(() => nextPaymentBatchState('utkast', 'approve'))).toMatch(/venter på godkjenning/);
    expect(refusal(() => nextPaymentBatchState('godkjent', 'mark-paid'))).toMatch(/eksportert/);
    expect(refusal(() => nextPaymentBatchState('til-godkjenning', 'export'))).toMatch(/godkjent utbetaling/);
    expect(refusal(() => nextPaymentBatchState('betalt', 'submit'))).toMatch(/under arbeid/);
  });
  it('offers only the verbs the state allows', () => {
    expect(batchVerbFitsState('edit', 'utkast')).toBe(true);
    expect(batchVerbFitsState('edit', 'godkjent')).toBe(false);
    expect(batchVerbFitsState('approve', 'til-godkjenning')).toBe(true);
    expect(batchVerbFitsState('export', 'eksportert')).toBe(true);
    expect(batchVerbFitsState('mark-paid', 'godkjent')).toBe(false);
  });
});

describe('an item of a batch', () => {
  it('may take whole kroner above 0 up to the payable rest (amount − offset − paid − in other open batches)', () => {
    const l = line({ offsetKr: 10_000, paidKr: 20_000, inOtherBatchesKr: 30_000 });
    expect(payableRestKr(l)).toBe(40_000);
    expect(() => checkItem(l, 40_000, off)).not.toThrow();
    expect(refusal(() => checkItem(l, 40_001, off))).toBe('Sør-Troms – Harstad kommune 2025: kr\u00a040\u00a0001 er mer enn det som gjenstår å utbetale (kr\u00a040\u00a0000)');
    expect(refusal(() => checkItem(l, 0, off))).toMatch(/hele kroner og større enn 0/);
    expect(refusal(() => checkItem(l, 10.5, off))).toMatch(/hele kroner/);
  });
  it('is only an approved utbetaling line with an account', () => {
    expect(refusal(() => checkItem(line({ kind: 'overforing' }), 1, off))).toMatch(/statlig overføring/);
    expect(refusal(() => checkItem(line({ approved: false }), 1, off))).toMatch(/ikke godkjent/);
    expect(refusal(() => checkItem(line({ kontonr: null }), 1, off))).toMatch(/kontonummer/);
  });
  it('takes each line once', () => {
    expect(refusal(() => assertDistinctLines([{ lineId: 'a' }, { lineId: 'a' }]))).toMatch(/én gang/);
  });
});

describe('the report gate (scheme rule paymentAwaitsReport)', () => {
  const later = line({ year: 2026, firstYear: 2025 });
  it('holds a later year until the report of the year before is approved when the rule is on', () => {
    expect(awaitsReport(later, { paymentAwaitsReport: true, approvedReportYears: [] })).toBe(true);
    expect(refusal(() => checkItem(later, 1_000, { paymentAwaitsReport: true, approvedReportYears: [] }))).toBe(
      'Sør-Troms – Harstad kommune 2025: tilskuddet for 2026 kan ikke utbetales før rapporten for 2025 er godkjent',
    );
    expect(awaitsReport(later, { paymentAwaitsReport: true, approvedReportYears: [2025] })).toBe(false);
  });
  it('never holds the first year, and holds nothing when the rule is off', () => {
    expect(awaitsReport(line(), { paymentAwaitsReport: true, approvedReportYears: [] })).toBe(false);
    expect(awaitsReport(later, off)).toBe(false);
    expect(() => checkItem(later, 1_000, off)).not.toThrow();
  });
});

describe('the paid date', () => {
  it('is a real Oslo date, not after today', () => {
    expect(paidOnValid(' 2026-03-02 ', '2026-03-02')).toBe('2026-03-02');
    expect(refusal(() => paidOnValid('2026-02-30', '2026-03-02'))).toMatch(/gyldig dato/);
    expect(refusal(() => paidOnValid('2026-03-03', '2026-03-02'))).toMatch(/etter i dag/);
  });
});

describe('the file rows and the payment notice', () => {
  it('name the case and document number and the payment text', () => {
    expect(paymentText('Kompetanseløftet', 2024, 2025, 'Sør-Troms')).toBe('Kompetanseløftet 2024 – tilskudd 2025 – Sør-Troms');
    const [row] = paymentFileRows(
      [{ orgnr: '123456789', orgName: 'Harstad kommune', kontonr: '12345678903', amountKr: 5_000, documentNumber: '2024/8245-3', year: 2025, partnershipName: 'Sør-Troms' }],
      { schemeShortName: 'Kompetanseløftet', year: 2024 },
    );
    expect(row).toEqual({
      orgnr: '123456789',
      name: 'Harstad kommune',
      kontonr: '12345678903',
      amountKr: 5_000,
      caseNumber: '2024/8245',
      documentNumber: '2024/8245-3',
      text: 'Kompetanseløftet 2024 – tilskudd 2025 – Sør-Troms',
    });
  });
  it('tells the payee in Bokmål or Nynorsk what was paid, when and to which account, with a link', () => {
    const input = {
      officeName: 'Statsforvalteren i Troms og Finnmark',
      payeeName: 'Harstad kommune',
      paidOnLocal: '2026-03-02',
      items: [
        { partnershipName: 'Sør-Troms', year: 2025, amountKr: 5_000, kontonr: '12345678903', documentNumber: '2024/8245-3' },
        { partnershipName: 'Sør-Troms', year: 2026, amountKr: 2_000, kontonr: '12345678903', documentNumber: '2024/8245-3' },
      ],
      link: 'https://k.example/partnerskap/p1',
    };
    const nb = paymentNotice({ ...input, language: 'nb' });
    expect(nb).toMatchObject({ kind: 'betalingsvarsel', language: 'nb', link: input.link, subject: 'Betalingsvarsel: tilskudd fra Statsforvalteren i Troms og Finnmark er utbetalt' });
    expect(nb.text).toContain('02.03.2026 utbetalt tilskudd til Harstad kommune');
    expect(nb.text).toContain('- Sør-Troms, tilskudd 2025: kr\u00a05\u00a0000 til konto 1234 56 78903 (vedtak 2024/8245-3)');
    expect(nb.text).toContain('Til sammen: kr\u00a07\u00a0000');
    expect(nb.text).toContain(input.link);
    const nn = paymentNotice({ ...input, language: 'nn' });
    expect(nn.subject).toBe('Betalingsvarsel: tilskot frå Statsforvalteren i Troms og Finnmark er betalt ut');
    expect(nn.text).toContain('Til saman: kr\u00a07\u00a0000');
    expect(nn.text).toContain('Sjå utbetalingane');
  });
});
