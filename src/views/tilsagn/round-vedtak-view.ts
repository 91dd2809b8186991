// A round's decisions as the office sees them (issue 14, point 1): its approval lists with their decisions, lines and
// recipients' names, each decision's stage and whether it deviates from the forum's innstilling, and what the actor
// may do — the answer of reading and of every step (prepare, edit, submit, approve, return, amend). Also what the
// innstilling recommends per application, which preparing copies and editing compares with.
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { batchPreparerUserIds, listBatchVedtak, listLines, listRoundBatches, partnershipUhMembers, payeesOf, type BatchRow } from '../../db/tilsagn-vedtak-repository.ts';
import { allowedVerbs, can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { vedtakStage } from '../../domain/tilsagn/pipeline.ts';
import type { VedtakBatchResource } from '../../domain/tilsagn/policy.ts';
import type { RoundVedtakAnswer } from '../../domain/tilsagn/vedtak-contract.ts';
import { asBatchState, verbFitsState, type TBatchKind } from '../../domain/tilsagn/vedtak-batch.ts';
import { deviatesFrom, linesFromInnstilling, totalKr, type TRecipients, type TVedtakKind, type TVedtakLine } from '../../domain/tilsagn/vedtak.ts';
import { innstillingData, type InnstillingData } from '../forum/innstilling-view.ts';

/** What the adopted innstilling recommends for one application, and who may receive its money. */
export type TRecommended = {
  applicationId: string;
  partnershipId: string;
  kind: TVedtakKind;
  lines: TVedtakLine[];
  /** The innstilling's reason, then the forum's assessment: the decision's reasons to start from. */
  reasons: string;
  recipients: TRecipients;
};

/** The innstilling's recommendation per application it names (prioritised → tilsagn, not prioritised → avslag). */
export async function recommendedDecisions(db: DbOrTx, round: RoundView, data?: InnstillingData): Promise<{ data: InnstillingData; byApplication: Map<string, TRecommended> }> {
  const d = data ?? (await innstillingData(db, round));
  const partnershipOf = new Map(d.applications.map((a) => [a.id, a.partnershipId]));
  const partnershipIds = [...new Set(d.applications.map((a) => a.partnershipId))];
  const payees = await payeesOf(db, partnershipIds);
  const uhMembers = await partnershipUhMembers(db, partnershipIds);
  const reasonsOf = (...texts: (string | null)[]) => texts.filter((t) => (t ?? '').trim() !== '').join('\n\n');
  const byApplication = new Map<string, TRecommended>();
  const entry = (applicationId: string, kind: TVedtakKind, lines: TVedtakLine[], reasons: string) => {
    const partnershipId = partnershipOf.get(applicationId)!;
    const uhInLines = lines.filter((l) => l.recipient === 'uh').map((l) => l.recipientOrgId);
    byApplication.set(applicationId, {
      applicationId,
      partnershipId,
      kind,
      lines,
      reasons,
      recipients: { payeeOrgId: payees.get(partnershipId) ?? '', uhOrgIds: [...new Set([...(uhMembers.get(partnershipId) ?? []), ...uhInLines])] },
    });
  };
  for (const p of d.content.prioritised) {
    const payeeOrgId = payees.get(partnershipOf.get(p.applicationId)!) ?? '';
    entry(p.applicationId, 'tilsagn', linesFromInnstilling({ roundYear: round.year, payeeOrgId, split: p.split }), reasonsOf(p.reason, p.assessment));
  }
  for (const n of d.content.notPrioritised) entry(n.applicationId, 'avslag', [], reasonsOf(n.reason, n.assessment));
  return { data: d, byApplication };
}

/** The list as the policy sees it: who had a hand in it and who sent it. */
export async function batchResource(db: DbOrTx, batch: BatchRow): Promise<VedtakBatchResource> {
  return { type: 'vedtak-batch', officeId: batch.officeId, preparerUserIds: await batchPreparerUserIds(db, batch.id), submitterUserId: batch.submittedByUserId };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function roundVedtakAnswer(db: DbOrTx, actor: Actor, round: RoundView): Promise<RoundVedtakAnswer> {
  const { data, byApplication } = await recommendedDecisions(db, round);
  const batches = await listRoundBatches(db, round.id);
  const rows = await listBatchVedtak(db, batches.map((b) => b.id));
  const lines = await listLines(db, rows.map((r) => r.vedtak.id));
  const out: RoundVedtakAnswer['batches'] = [];
  for (const b of batches) {
    const state = asBatchState(b.state);
    const resource = await batchResource(db, b);
    const decisions = rows
      .filter((r) => r.vedtak.batchId === b.id)
      .map(({ vedtak: v, partnershipName }) => {
        const own = lines.filter((l) => l.vedtakId === v.id).map(({ vedtakId: _v, ...l }) => l);
        const recommended = byApplication.get(v.applicationId);
        const kind: TVedtakKind = v.kind === 'avslag' ? 'avslag' : 'tilsagn';
        return {
          id: v.id,
          applicationId: v.applicationId,
          partnershipName,
          kind,
          amendsId: v.amendsId,
          supersededById: v.supersededById,
          reasons: v.reasons,
          deviationReason: v.deviationReason,
          deviates: recommended ? deviatesFrom({ kind, lines: own }, recommended, round.year) : false,
          recommended: recommended ? { kind: recommended.kind, totalKr: totalKr(recommended.lines) } : null,
          preparedByName: v.preparedByName,
          preparedAt: v.preparedAt.toISOString(),
          documentNumber: v.archiveNumber ?? v.documentNumber,
          stage: vedtakStage({ batchState: state, acceptedAt: v.acceptedAt }),
          version: v.version,
          totalKr: totalKr(own),
          lines: own,
        };
      });
    out.push({
      id: b.id,
      kind: (b.kind === 'endringsvedtak' ? 'endringsvedtak' : 'vedtak') satisfies TBatchKind,
      state,
      version: b.version,
      reportDueLocal: b.reportDueLocal,
      submittedAt: iso(b.submittedAt),
      submittedByName: b.submittedByName,
      approvedAt: iso(b.approvedAt),
      approvedByName: b.approvedByName,
      returnMessage: b.returnMessage,
      issuedAt: iso(b.issuedAt),
      issuedByName: b.issuedByName,
      allowed: allowedVerbs(actor, resource).filter((v) => verbFitsState(v, state)),
      decisions,
    });
  }
  return {
    round: {
      id: round.id,
      title: round.title,
      year: round.year,
      officeId: round.officeId,
      officeName: round.officeName,
      innstillingAdopted: data.state === 'vedtatt',
      mayReadInnstilling: can(actor, 'read', { type: 'forum-allocation', officeId: round.officeId, quorate: false }),
    },
    allowed: allowedVerbs(actor, { type: 'tilsagn', officeId: round.officeId }),
    batches: out,
  };
}
