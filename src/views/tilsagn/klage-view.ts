// A klage as the office and the partnership see it (issue 14, points 5–6): its state, whether it came within three
// weeks of the letter (a fact; the office decides), what the office did and the appeal body's outcome, and — when a
// new decision replaced the one appealed — what that does to the frames, year by year.
import type { DbOrTx } from '../../db/client.ts';
import { findDecisionCase, type DecisionCase } from '../../db/tilsagn-case-repository.ts';
import type { KlageRow } from '../../db/tilsagn-klage-repository.ts';
import { osloDateOf } from '../../domain/tilsagn/acceptance.ts';
import { cameInTime, frameEffect, klageDeadline, type TFrameEffectYear, type TKlageOutcome, type TKlageState } from '../../domain/tilsagn/klage.ts';

export type KlageView = {
  id: string;
  vedtakId: string;
  state: TKlageState;
  receivedOnLocal: string;
  fromName: string;
  summary: string;
  registeredByName: string;
  registeredAt: string;
  /** Three weeks after the letter's date; null when the letter has no date (not issued). */
  deadlineLocal: string | null;
  inTime: boolean | null;
  reasons: string | null;
  newVedtakId: string | null;
  forwardedAt: string | null;
  forwardedTo: string | null;
  outcome: TKlageOutcome | null;
  outcomeText: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  /** Per year: the appealed decision's sum, the new decision's, and the difference (empty without a new one). */
  frameEffect: TFrameEffectYear[];
  version: number;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function klageView(k: KlageRow, decision: Pick<DecisionCase, 'issuedAt' | 'lines'>, newDecision: Pick<DecisionCase, 'lines'> | null): KlageView {
  const letterDate = decision.issuedAt ? osloDateOf(decision.issuedAt) : null;
  return {
    id: k.id,
    vedtakId: k.vedtakId,
    // The columns are text; only the use cases here write them, from these lists.
    state: k.state as TKlageState,
    receivedOnLocal: k.receivedOnLocal,
    fromName: k.fromName,
    summary: k.summary,
    registeredByName: k.registeredByName,
    registeredAt: k.registeredAt.toISOString(),
    deadlineLocal: letterDate ? klageDeadline(letterDate) : null,
    inTime: letterDate ? cameInTime(letterDate, k.receivedOnLocal) : null,
    reasons: k.reasons,
    newVedtakId: k.newVedtakId,
    forwardedAt: iso(k.forwardedAt),
    forwardedTo: k.forwardedTo,
    outcome: k.outcome as TKlageOutcome | null,
    outcomeText: k.outcomeText,
    decidedAt: iso(k.decidedAt),
    decidedByName: k.decidedByName,
    frameEffect: newDecision ? frameEffect(decision.lines, newDecision.lines) : [],
    version: k.version,
  };
}

/** The view, reading the new decision's lines when there is one. */
export async function loadKlageView(db: DbOrTx, k: KlageRow, decision: Pick<DecisionCase, 'issuedAt' | 'lines'>): Promise<KlageView> {
  const newDecision = k.newVedtakId ? ((await findDecisionCase(db, k.newVedtakId)) ?? null) : null;
  return klageView(k, decision, newDecision);
}
