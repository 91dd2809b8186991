// The partnership's view of its decision: the stages follow the decision (acceptance only for a tilsagn that asks for
// it), the letter files are the ready ones with the Norwegian letter first, and accepting needs the box ticked.
import { describe, expect, it } from 'vitest';
import { acceptSchema, decisionStages, letterFiles, type Decision } from './application-decision-values.ts';

const decision = (patch: Partial<Decision> = {}, acceptance: Partial<Decision['acceptance']> = {}): Decision => ({
  vedtakId: 'v1',
  kind: 'tilsagn',
  amendment: false,
  documentNumber: '2026/12-3',
  archiveNumber: null,
  moneyPartnershipId: null,
  issuedAt: '2026-03-01T09:00:00.000Z',
  letterDateLocal: '2026-03-01',
  lines: [],
  totals: [],
  reasons: 'Innvilget.',
  deviationReason: null,
  letters: [{ language: 'nb', ready: true }],
  acceptance: { needed: true, dueLocal: '2026-03-22', acceptedAt: null, acceptedByName: null, reminderDue: false, ...acceptance },
  allowed: [],
  ...patch,
});

const shown = (d: Decision) => decisionStages(d).map((s) => `${s.key}${s.reached ? '+' : '-'}${s.current ? '*' : ''}`);

describe('the decision’s stages', () => {
  it('a tilsagn awaiting acceptance is current at vedtatt, then at akseptert', () => {
    expect(shown(decision())).toEqual(['innstilt+', 'tilsagn+*', 'akseptert-']);
    expect(shown(decision({}, { acceptedAt: '2026-03-05T10:00:00.000Z', acceptedByName: 'Ola' }))).toEqual(['innstilt+', 'tilsagn+', 'akseptert+*']);
  });

  it('an avslag and a tilsagn of state transfers alone have no acceptance stage', () => {
    expect(shown(decision({ kind: 'avslag' }, { needed: false }))).toEqual(['innstilt+', 'avslag+*']);
    expect(shown(decision({}, { needed: false }))).toEqual(['innstilt+', 'tilsagn+*']);
  });
});

describe('the letter files', () => {
  it('are the ready ones, the Norwegian letter first without a language, a Sámi copy with its own', () => {
    expect(letterFiles([{ language: 'se', ready: true }, { language: 'nn', ready: true }])).toEqual([
      { format: 'pdf', sami: false, query: {} },
      { format: 'docx', sami: false, query: {} },
      { format: 'pdf', sami: true, query: { language: 'se' } },
      { format: 'docx', sami: true, query: { language: 'se' } },
    ]);
    expect(letterFiles([{ language: 'nb', ready: false }])).toEqual([]);
  });
});

describe('accepting', () => {
  it('needs the conditions confirmed', () => {
    const schema = acceptSchema('Bekreft');
    const refused = schema.safeParse({ confirmed: false });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['confirmed', 'Bekreft']]);
    expect(schema.safeParse({ confirmed: true }).success).toBe(true);
  });
});
