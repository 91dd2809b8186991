// The pure parts of a partnership's money page and one unused-money case (issue 15 point 2): what is still to pay on a
// line, the choices the registration form offers (one per tilsagn, year and recipient), and the three forms' text →
// request body. Kept out of the components so a unit test can pin them without a browser.
import { parseKroner } from '../../../domain/shared/money.ts';
import type { PartnershipMoneyAnswer } from '../../../domain/utbetaling/plan-contract.ts';
import type { UnusedFunds } from '../../../domain/utbetaling/unused-contract.ts';
import type { TRegisterUnusedInput, TUnusedDecision } from '../../../domain/utbetaling/unused-funds.ts';

type Line = PartnershipMoneyAnswer['years'][number]['recipients'][number];

/** Still to pay on a line: decided − offset − paid (never below 0; money in unpaid batches still counts as payable). */
export const linePayableKr = (l: Pick<Line, 'amountKr' | 'offsetKr' | 'paidKr'>) => Math.max(0, l.amountKr - l.offsetKr - l.paidKr);

export type LineChoice = { value: string; vedtakId: string; year: number; recipient: Line['recipient']; orgId: string; name: string; documentNumber: string | null };

/** One choice per tilsagn, year and recipient the partnership has lines for (a superseded decision's line and its
 * replacement are separate tilsagn): what unused money can be registered against. Newest year first. */
export function lineChoices(answer: Pick<PartnershipMoneyAnswer, 'years'>): LineChoice[] {
  const seen = new Set<string>();
  const out: LineChoice[] = [];
  for (const y of [...answer.years].sort((a, b) => b.year - a.year))
    for (const r of y.recipients) {
      const value = `${r.vedtakId}|${y.year}|${r.recipient}|${r.orgId}`;
      if (seen.has(value)) continue;
      seen.add(value);
      out.push({ value, vedtakId: r.vedtakId, year: y.year, recipient: r.recipient, orgId: r.orgId, name: r.name, documentNumber: r.documentNumber });
    }
  return out;
}

export type RegisterFormValues = { line: string; amount: string; source: string; note: string };

/** Text → number the way the other money forms read it; text that is no whole kroner becomes NaN so the shared
 * schema says "amount invalid" on the field. */
const kroner = (text: string) => (text.trim() === '' ? undefined : (parseKroner(text) ?? Number.NaN));

/** The registration's body and the tilsagn it goes to (the path's vedtakId). */
export function registerBody(v: RegisterFormValues, choices: LineChoice[]): { vedtakId: string; body: TRegisterUnusedInput } {
  const c = choices.find((x) => x.value === v.line) ?? choices[0];
  return {
    vedtakId: c?.vedtakId ?? '',
    body: {
      year: c?.year ?? Number.NaN,
      recipient: c?.recipient ?? 'owner',
      recipientOrgId: c?.orgId ?? '',
      amountKr: kroner(v.amount) as number,
      source: v.source as TRegisterUnusedInput['source'],
      note: v.note.trim(),
    },
  };
}

export type DecisionFormValues = { decision: string; targetYear: string; reason: string };

/** A target year goes with held-over and offset money only; empty leaves it to the server (the year after). */
export const decisionHasTargetYear = (decision: string) => decision === 'overfort' || decision === 'motregnet';

export function decisionBody(v: DecisionFormValues, expectedVersion: number) {
  const year = v.targetYear.trim();
  return {
    decision: v.decision as TUnusedDecision,
    reason: v.reason,
    ...(decisionHasTargetYear(v.decision) && year !== '' ? { targetYear: /^\d+$/.test(year) ? Number(year) : Number.NaN } : {}),
    expectedVersion,
  };
}

export type ReceivedFormValues = { receivedOnLocal: string; amount: string };

export const receivedBody = (v: ReceivedFormValues, expectedVersion: number) => ({
  receivedOnLocal: v.receivedOnLocal.trim(),
  amountKr: kroner(v.amount) as number,
  expectedVersion,
});

/** What is left to pay on a claim (part payments add up). */
export const outstandingKr = (u: Pick<UnusedFunds, 'amountKr' | 'receivedKr'>) => Math.max(0, u.amountKr - (u.receivedKr ?? 0));

/** The claim letter is being made (the render job lags the decision): the page asks again until it is ready. */
export const claimRendering = (u: Pick<UnusedFunds, 'claim'>) => u.claim !== null && !u.claim.ready;
