// Loads one decision with its application, partnership and round, and the policy's view of it (VedtakResource), so
// acceptance and klage ask the same question the same way: a decision that does not exist is "not found"; one the
// actor may not act on is refused (403).
import { findApplication, type ApplicationRow } from '../../db/behovsmelding-application-repository.ts';
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { findPartnership, type PartnershipDetail } from '../../db/partnership-repository.ts';
import { findDecisionCase, type DecisionCase } from '../../db/tilsagn-case-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { awaitsAcceptance, needsAcceptance, type TAcceptanceState } from '../../domain/tilsagn/acceptance.ts';
import type { VedtakResource, VedtakVerb } from '../../domain/tilsagn/policy.ts';
import { loadRound } from '../behovsmelding/load-round.ts';

export type LoadedDecision = {
  decision: DecisionCase;
  app: ApplicationRow;
  partnership: PartnershipDetail;
  round: RoundView;
  acceptance: TAcceptanceState;
  resource: VedtakResource;
};

/** The acceptance facts of a decision (pure, from its row and lines). */
export function acceptanceOf(d: DecisionCase): TAcceptanceState {
  return {
    issued: d.issuedAt !== null,
    needsAcceptance: needsAcceptance(
      d.kind,
      d.lines.map((l) => ({ recipientOrgId: l.recipientOrgId, amountKr: l.amountKr })),
      new Set(d.lines.filter((l) => !l.paidOut).map((l) => l.recipientOrgId)),
    ),
    acceptanceDueLocal: d.acceptanceDueLocal,
    acceptedAt: d.acceptedAt,
    superseded: d.supersededById !== null,
  };
}

/** The policy's view of a decision of a partnership in a round of an office. */
export function vedtakResource(d: DecisionCase, partnership: PartnershipDetail, officeId: string): VedtakResource {
  return { type: 'vedtak', officeId, partnership: partnershipResource(partnership), issued: d.issuedAt !== null, needsAcceptance: awaitsAcceptance(acceptanceOf(d)) };
}

export async function loadDecisionCase(db: DbOrTx, actor: Actor, id: string, verb: VedtakVerb, lock?: 'update'): Promise<LoadedDecision> {
  const decision = await findDecisionCase(db, id, lock);
  const app = decision ? await findApplication(db, decision.applicationId) : undefined;
  const partnership = app ? await findPartnership(db, app.partnershipId) : undefined;
  if (!decision || !app || !partnership) throw AppError.notFound(msg('tilsagn.vedtakNotFound'));
  const round = await loadRound(db, decision.roundId);
  const resource = vedtakResource(decision, partnership, round.officeId);
  assertCan(actor, verb, resource);
  return { decision, app, partnership, round, acceptance: acceptanceOf(decision), resource };
}
