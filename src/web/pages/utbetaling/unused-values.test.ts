// The partnership money page's and the unused-money case's pure helpers (issue 15, point 2): what is left to pay, the
// registration's choices (one per tilsagn, year and recipient), and the forms' bodies as the server's schemas read them.
import { describe, expect, it } from 'vitest';
import { ZRegisterUnusedInput, ZRepaymentReceivedInput, ZUnusedDecisionInput } from '../../../domain/utbetaling/unused-funds.ts';
import type { PartnershipMoneyAnswer } from '../../../domain/utbetaling/plan-contract.ts';
import { claimRendering, decisionBody, lineChoices, linePayableKr, outstandingKr, receivedBody, registerBody } from './unused-values.ts';

type Line = PartnershipMoneyAnswer['years'][number]['recipients'][number];
const ORG = '0b6f4b8e-6a4e-4f5e-9a51-1f0f3c1d2e11';
const UH = '6a2d1c7e-3b4f-4d8a-9c2e-5f1a0b9c8d22';
const line = (lineId: string, vedtakId: string, recipient: Line['recipient'], orgId: string, amountKr: number): Line => ({
  lineId,
  vedtakId,
  documentNumber: `2026/4-${vedtakId}`,
  recipient,
  orgId,
  name: recipient === 'owner' ? 'Eier AS' : 'UiT',
  kind: 'utbetaling',
  amountKr,
  offsetKr: 0,
  paidKr: 0,
  kontonr: null,
  approved: false,
});

describe('partnership money helpers', () => {
  it('says what is still to pay on a line, never below nothing', () => {
    expect(linePayableKr({ amountKr: 100_000, offsetKr: 20_000, paidKr: 30_000 })).toBe(50_000);
    expect(linePayableKr({ amountKr: 100_000, offsetKr: 20_000, paidKr: 90_000 })).toBe(0);
  });

  it('offers one choice per tilsagn, year and recipient, newest year first', () => {
    const choices = lineChoices({
      years: [
        { year: 2026, recipients: [line('l1', 'v1', 'owner', ORG, 100), line('l2', 'v1', 'uh', UH, 50)] },
        { year: 2027, recipients: [line('l3', 'v1', 'owner', ORG, 100), line('l4', 'v1', 'owner', ORG, 10)] },
      ],
    });
    expect(choices.map((c) => [c.year, c.recipient])).toEqual([
      [2027, 'owner'],
      [2026, 'owner'],
      [2026, 'uh'],
    ]);
  });

  it('makes the registration body the server accepts, and the tilsagn it goes to', () => {
    const choices = lineChoices({ years: [{ year: 2026, recipients: [line('l1', 'v1', 'owner', ORG, 100), line('l2', 'v1', 'uh', UH, 50)] }] });
    const { vedtakId, body } = registerBody({ line: choices[1]!.value, amount: '12 500', source: 'rapport', note: ' rest ' }, choices);
    expect(vedtakId).toBe('v1');
    expect(ZRegisterUnusedInput.parse(body)).toEqual({ year: 2026, recipient: 'uh', recipientOrgId: UH, amountKr: 12_500, source: 'rapport', note: 'rest' });
    // Not whole kroner, and no source chosen: the schema says so on those fields.
    const bad = ZRegisterUnusedInput.safeParse(registerBody({ line: choices[0]!.value, amount: '12,50', source: '', note: '' }, choices).body);
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['amountKr', 'source']);
  });

  it('sends a target year only with money that goes on, and none when left empty', () => {
    expect(decisionBody({ decision: 'overfort', targetYear: '2028', reason: 'Forsinket' }, 3)).toEqual({ decision: 'overfort', reason: 'Forsinket', targetYear: 2028, expectedVersion: 3 });
    expect(decisionBody({ decision: 'motregnet', targetYear: ' ', reason: 'x' }, 1)).not.toHaveProperty('targetYear');
    expect(decisionBody({ decision: 'krevd', targetYear: '2028', reason: 'x' }, 1)).not.toHaveProperty('targetYear');
    expect(ZUnusedDecisionInput.safeParse(decisionBody({ decision: '', targetYear: '', reason: '' }, 1)).success).toBe(false);
  });

  it('reads a repayment and what is left of the claim', () => {
    expect(ZRepaymentReceivedInput.parse(receivedBody({ receivedOnLocal: '2027-02-01', amount: 'kr 4 000' }, 2))).toEqual({ receivedOnLocal: '2027-02-01', amountKr: 4000, expectedVersion: 2 });
    expect(outstandingKr({ amountKr: 10_000, receivedKr: 4000 })).toBe(6000);
    expect(outstandingKr({ amountKr: 10_000, receivedKr: null })).toBe(10_000);
  });

  it('keeps asking while the claim letter is being made', () => {
    const claim = { documentNumber: '2026/4-9', dueLocal: '2027-01-31', kontonr: '12345678903', language: 'nb', ready: false };
    expect(claimRendering({ claim })).toBe(true);
    expect(claimRendering({ claim: { ...claim, ready: true } })).toBe(false);
    expect(claimRendering({ claim: null })).toBe(false);
  });
});
