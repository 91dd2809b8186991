// A round's decisions as the office's pipeline (issue 14, point 6; tilsagn.read): per stage — innstilt, forberedt,
// til godkjenning, godkjent, utstedt, akseptert — the count and the kroner (all years), then the applications under an
// open klage (they keep their stage as well), and the acceptances whose reminder is due (last day passed or near).
// The stages are the domain's (pipeline.ts); an application the adopted innstilling names without a decision yet is
// 'innstilt' with what the forum recommended.
import { listRoundDecisions } from '../../db/tilsagn-case-repository.ts';
import { listKlagerOf } from '../../db/tilsagn-klage-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { osloDateOf, reminderDue } from '../../domain/tilsagn/acceptance.ts';
import { isOpen } from '../../domain/tilsagn/klage.ts';
import { pipelineCounts, vedtakStage, type TPipelineEntry } from '../../domain/tilsagn/pipeline.ts';
import type { TBatchState } from '../../domain/tilsagn/vedtak-batch.ts';
import { totalKr, type TVedtakKind } from '../../domain/tilsagn/vedtak.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { acceptanceOf } from '../../loaders/tilsagn/load-decision-case.ts';
import { innstillingData } from '../../views/forum/innstilling-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getRoundPipeline({ db, actor, clock, roundId }: UseCaseContext & { roundId: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'read', { type: 'tilsagn', officeId: round.officeId });
  const [decisions, innstilling] = await Promise.all([listRoundDecisions(db, round.id), innstillingData(db, round)]);
  const names = new Map(innstilling.applications.map((a) => [a.id, a.partnershipName]));
  const decided = new Set(decisions.map((d) => d.applicationId));

  const entries: TPipelineEntry[] = decisions.map((d) => ({
    stage: vedtakStage({ batchState: d.batchState as TBatchState, acceptedAt: d.acceptedAt }),
    kind: d.kind as TVedtakKind,
    totalKr: totalKr(d.lines),
    superseded: d.supersededById !== null,
  }));
  if (innstilling.state === 'vedtatt') {
    const { prioritised, notPrioritised } = innstilling.content;
    for (const p of prioritised) if (!decided.has(p.applicationId)) entries.push({ stage: 'innstilt', kind: null, totalKr: p.totalKr, superseded: false });
    for (const n of notPrioritised) if (!decided.has(n.applicationId)) entries.push({ stage: 'innstilt', kind: null, totalKr: 0, superseded: false });
  }

  const current = decisions.filter((d) => d.supersededById === null);
  // One row per application under an open klage, with the kroner of the decision appealed.
  const open = (await listKlagerOf(db, decisions.map((d) => d.id))).filter((k) => isOpen(k.state));
  const appealed = [...new Map(open.map((k) => decisions.find((d) => d.id === k.vedtakId)!).map((d) => [d.applicationId, d])).values()];

  const today = osloDateOf(clock.now());
  const reminders = current
    .filter((d) => reminderDue(acceptanceOf(d), today))
    .map((d) => ({ vedtakId: d.id, applicationId: d.applicationId, partnershipName: names.get(d.applicationId) ?? '', documentNumber: d.documentNumber, dueLocal: d.acceptanceDueLocal! }));

  return {
    roundId: round.id,
    roundTitle: round.title,
    stages: [
      ...pipelineCounts(entries),
      {
        stage: 'klage' as const,
        count: appealed.length,
        tilsagnCount: appealed.filter((d) => d.kind === 'tilsagn').length,
        avslagCount: appealed.filter((d) => d.kind === 'avslag').length,
        sumKr: appealed.reduce((s, d) => s + totalKr(d.lines), 0),
      },
    ],
    reminders,
  };
}
