// The decision rules (issue 14, point 1): lines from the innstilling's split (owner → payee, UH by organisation,
// later years conditional), what counts as a deviation and that it needs its reason, the list's state machine, the
// pipeline's stages, and the binding reservations an approval leaves.
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { pipelineCounts, vedtakStage } from './pipeline.ts';
import { bindingReservationChanges } from './reservations.ts';
import { assertEditable, nextBatchState, verbFitsState } from './vedtak-batch.ts';
import { assertDecisionValid, conditionalYears, deviatesFrom, linesFromInnstilling, normaliseLines, type TLineInput } from './vedtak.ts';

const PAYEE = '00000000-0000-4000-8000-000000000001';
const UIT = '00000000-0000-4000-8000-000000000002';
const OTHER = '00000000-0000-4000-8000-000000000003';
const split = [
  { year: 2030, ownerKr: 100_000, uh: [{ orgId: UIT, amountKr: 50_000 }] },
  { year: 2031, ownerKr: 80_000, uh: [{ orgId: UIT, amountKr: 0 }] },
];
const recommended = { kind: 'tilsagn' as const, lines: linesFromInnstilling({ roundYear: 2030, payeeOrgId: PAYEE, split }) };

function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('lines from the innstilling', () => {
  it('gives the owner amount to the payee and each UH its own, later years conditional, zeros left out', () => {
    expect(recommended.lines).toEqual([
      { year: 2030, recipient: 'owner', recipientOrgId: PAYEE, amountKr: 100_000, conditional: false },
      { year: 2030, recipient: 'uh', recipientOrgId: UIT, amountKr: 50_000, conditional: false },
      { year: 2031, recipient: 'owner', recipientOrgId: PAYEE, amountKr: 80_000, conditional: true },
    ]);
    expect(conditionalYears(recommended.lines)).toEqual([{ year: 2031, amountKr: 80_000 }]);
  });

  it('sums the same year and recipient given twice', () => {
    const lines: TLineInput[] = [
      { year: 2030, recipient: 'owner', recipientOrgId: PAYEE, amountKr: 1 },
      { year: 2030, recipient: 'owner', recipientOrgId: PAYEE, amountKr: 2 },
    ];
    expect(normaliseLines(lines, 2030)).toEqual([{ year: 2030, recipient: 'owner', recipientOrgId: PAYEE, amountKr: 3, conditional: false }]);
  });
});

describe('a deviation from the innstilling', () => {
  const base = { innstilling: recommended, roundYear: 2030, recipients: { payeeOrgId: PAYEE, uhOrgIds: [UIT] } };

  it('is another kind, another amount or another recipient; the same lines in another order or with zeros are none', () => {
    expect(deviatesFrom({ kind: 'tilsagn', lines: [...recommended.lines].reverse() }, recommended, 2030)).toBe(false);
    expect(deviatesFrom({ kind: 'tilsagn', lines: [...recommended.lines, { year: 2032, recipient: 'uh', recipientOrgId: UIT, amountKr: 0 }] }, recommended, 2030)).toBe(false);
    expect(deviatesFrom({ kind: 'avslag', lines: [] }, recommended, 2030)).toBe(true);
    expect(deviatesFrom({ kind: 'tilsagn', lines: recommended.lines.map((l) => ({ ...l, amountKr: l.amountKr - 1 })) }, recommended, 2030)).toBe(true);
    expect(deviatesFrom({ kind: 'tilsagn', lines: [] }, { kind: 'avslag', lines: [] }, 2030)).toBe(true);
  });

  it('needs its written reason, named as the field', () => {
    const decision = { kind: 'avslag' as const, lines: [], deviationReason: '  ' };
    expect(thrown(() => assertDecisionValid({ ...base, decision })).fieldErrors.map((f) => f.field)).toEqual(['deviationReason']);
    expect(() => assertDecisionValid({ ...base, decision: { ...decision, deviationReason: 'Tiltaket er trukket.' } })).not.toThrow();
    expect(() => assertDecisionValid({ ...base, decision: { kind: 'tilsagn', lines: recommended.lines, deviationReason: null } })).not.toThrow();
  });

  it('gives an avslag its reasons: one without them is refused, named as the field', () => {
    const decision = { kind: 'avslag' as const, lines: [], deviationReason: 'Tiltaket er trukket.' };
    expect(thrown(() => assertDecisionValid({ ...base, decision: { ...decision, reasons: ' ' } })).fieldErrors.map((f) => f.field)).toEqual(['reasons']);
    expect(() => assertDecisionValid({ ...base, decision: { ...decision, reasons: 'Tiltaket bygger ikke på kartleggingen.' } })).not.toThrow();
  });

  it('refuses money outside the partnership, before the round’s year, a tilsagn without money and an avslag with it', () => {
    const reason = 'Begrunnet';
    const line = (l: Partial<TLineInput>): TLineInput => ({ year: 2030, recipient: 'uh', recipientOrgId: UIT, amountKr: 1, ...l });
    expect(thrown(() => assertDecisionValid({ ...base, decision: { kind: 'tilsagn', lines: [line({ recipientOrgId: OTHER })], deviationReason: reason } })).fieldErrors[0]!.field).toBe('lines');
    expect(thrown(() => assertDecisionValid({ ...base, decision: { kind: 'tilsagn', lines: [line({ recipient: 'owner' })], deviationReason: reason } })).fieldErrors[0]!.field).toBe('lines');
    expect(thrown(() => assertDecisionValid({ ...base, decision: { kind: 'tilsagn', lines: [line({ year: 2029 })], deviationReason: reason } })).fieldErrors[0]!.field).toBe('lines');
    expect(thrown(() => assertDecisionValid({ ...base, decision: { kind: 'tilsagn', lines: [], deviationReason: reason } })).fieldErrors[0]!.field).toBe('lines');
    expect(thrown(() => assertDecisionValid({ ...base, decision: { kind: 'avslag', lines: [line({})], deviationReason: reason } })).fieldErrors[0]!.field).toBe('lines');
  });
});

describe('an approval list', () => {
  it('goes utkast → til-godkjenning → godkjent → utstedt, and back to utkast when returned', () => {
    expect(nextBatchState('utkast', 'submit')).toBe('til-godkjenning');
    expect(nextBatchState('til-godkjenning', 'approve')).toBe('godkjent');
    expect(nextBatchState('til-godkjenning', 'return')).toBe('utkast');
    expect(nextBatchState('godkjent', 'issue')).toBe('utstedt');
  });

  it('refuses a step its state does not allow (409), and edits after sending', () => {
    expect(thrown(() => nextBatchState('utkast', 'approve')).status).toBe(409);
    expect(thrown(() => nextBatchState('godkjent', 'return')).status).toBe(409);
    expect(thrown(() => nextBatchState('utstedt', 'submit')).status).toBe(409);
    expect(thrown(() => assertEditable('til-godkjenning')).status).toBe(409);
    expect(() => assertEditable('utkast')).not.toThrow();
    expect(['read', 'edit', 'submit', 'approve', 'return'].filter((v) => verbFitsState(v as 'read', 'til-godkjenning'))).toEqual(['read', 'approve', 'return']);
  });
});

describe('the pipeline', () => {
  it('puts a decision at its list’s stage, accepted once accepted, and counts current decisions only', () => {
    expect(vedtakStage({ batchState: 'utkast', acceptedAt: null })).toBe('forberedt');
    expect(vedtakStage({ batchState: 'utstedt', acceptedAt: null })).toBe('utstedt');
    expect(vedtakStage({ batchState: 'utstedt', acceptedAt: new Date() })).toBe('akseptert');
    const counts = pipelineCounts([
      { stage: 'utstedt', kind: 'tilsagn', totalKr: 100, superseded: false },
      { stage: 'utstedt', kind: 'avslag', totalKr: 0, superseded: false },
      { stage: 'utstedt', kind: 'tilsagn', totalKr: 999, superseded: true },
    ]);
    expect(counts.find((c) => c.stage === 'utstedt')).toEqual({ stage: 'utstedt', count: 2, tilsagnCount: 1, avslagCount: 1, sumKr: 100 });
    expect(counts.map((c) => c.stage)).toEqual(['innstilt', 'forberedt', 'til-godkjenning', 'godkjent', 'utstedt', 'akseptert']);
  });
});

describe('binding reservations', () => {
  it('updates, adds and removes the application’s rows so they equal the decided later years', () => {
    const existing = [
      { id: 'a', year: 2031, amountKr: 120, status: 'foreløpig' },
      { id: 'b', year: 2032, amountKr: 90, status: 'foreløpig' },
      { id: 'c', year: 2034, amountKr: 10, status: 'bindende' },
    ];
    expect(bindingReservationChanges(existing, [
      { year: 2031, amountKr: 120 },
      { year: 2032, amountKr: 80 },
      { year: 2033, amountKr: 5 },
    ])).toEqual({
      insert: [{ year: 2033, amountKr: 5 }],
      update: [
        { id: 'a', year: 2031, amountKr: 120 },
        { id: 'b', year: 2032, amountKr: 80 },
      ],
      remove: [{ id: 'c', year: 2034 }],
    });
    expect(bindingReservationChanges([{ id: 'a', year: 2031, amountKr: 1, status: 'bindende' }], [{ year: 2031, amountKr: 1 }])).toEqual({ insert: [], update: [], remove: [] });
  });
});
