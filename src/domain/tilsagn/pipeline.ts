// Where a round's applications stand (issue 14, point 6): the office sees the round as a pipeline with counts and
// sums per stage — recommended by the forum, decision in preparation, awaiting approval, approved, issued,
// accepted. A decision replaced by a later one (endringsvedtak, reversal) no longer counts: its successor does.
import type { TBatchState } from './vedtak-batch.ts';
import type { TVedtakKind } from './vedtak.ts';

export const PIPELINE_STAGES = ['innstilt', 'forberedt', 'til-godkjenning', 'godkjent', 'utstedt', 'akseptert'] as const;
export type TPipelineStage = (typeof PIPELINE_STAGES)[number];

const BY_BATCH: Record<TBatchState, TPipelineStage> = { utkast: 'forberedt', 'til-godkjenning': 'til-godkjenning', godkjent: 'godkjent', utstedt: 'utstedt' };

/** The stage of one decision: its list's state, or accepted once the addressee accepted it. */
export function vedtakStage(d: { batchState: TBatchState; acceptedAt: Date | string | null }): TPipelineStage {
  if (d.batchState === 'utstedt' && d.acceptedAt !== null) return 'akseptert';
  return BY_BATCH[d.batchState];
}

export type TPipelineEntry = { stage: TPipelineStage; kind: TVedtakKind | null; totalKr: number; superseded: boolean };
export type TPipelineCount = { stage: TPipelineStage; count: number; tilsagnCount: number; avslagCount: number; sumKr: number };

/** Counts and sums per stage, every stage listed (zeros too), replaced decisions left out. */
export function pipelineCounts(entries: readonly TPipelineEntry[]): TPipelineCount[] {
  return PIPELINE_STAGES.map((stage) => {
    const here = entries.filter((e) => !e.superseded && e.stage === stage);
    return {
      stage,
      count: here.length,
      tilsagnCount: here.filter((e) => e.kind === 'tilsagn').length,
      avslagCount: here.filter((e) => e.kind === 'avslag').length,
      sumKr: here.reduce((s, e) => s + e.totalKr, 0),
    };
  });
}
