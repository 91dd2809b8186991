// The rounds whose decisions an office makes (issue 14, point 1; tilsagn.read): those with an adopted innstilling,
// newest first, each with how far its decisions have come — not prepared yet, or its first list's state — and its
// current decisions counted (tilsagn, avslag, accepted). Without an office: every office the actor may read (the CLI).
import { listOffices } from '../../db/reference-repository.ts';
import { listAdoptedRounds, listRoundBatches, roundDecisionStates } from '../../db/tilsagn-vedtak-repository.ts';
import { assertCan, can } from '../../domain/access/policy.ts';
import { asBatchState } from '../../domain/tilsagn/vedtak-batch.ts';
import type { ROUND_DECISION_STATES } from '../../domain/tilsagn/vedtak-contract.ts';
import type { UseCaseContext } from '../context.ts';

type TRoundDecisionState = (typeof ROUND_DECISION_STATES)[number];

export async function listTilsagnRounds({ db, actor, officeId }: Omit<UseCaseContext, 'clock'> & { officeId?: string }) {
  let officeIds: string[];
  if (officeId !== undefined) {
    assertCan(actor, 'read', { type: 'tilsagn', officeId });
    officeIds = [officeId];
  } else officeIds = (await listOffices(db)).map((o) => o.id).filter((id) => can(actor, 'read', { type: 'tilsagn', officeId: id }));

  const rounds = [];
  for (const id of officeIds) rounds.push(...(await listAdoptedRounds(db, id)));
  const decisions = await roundDecisionStates(db, rounds.map((r) => r.id));
  const out = [];
  for (const r of rounds) {
    const first = (await listRoundBatches(db, r.id)).find((b) => b.kind === 'vedtak');
    const own = decisions.filter((d) => d.roundId === r.id);
    out.push({
      id: r.id,
      title: r.title,
      year: r.year,
      adoptedAt: r.adoptedAt?.toISOString() ?? null,
      decisionState: (first ? asBatchState(first.state) : 'ikke-forberedt') as TRoundDecisionState,
      tilsagnCount: own.filter((d) => d.kind === 'tilsagn').length,
      avslagCount: own.filter((d) => d.kind === 'avslag').length,
      acceptedCount: own.filter((d) => d.acceptedAt !== null).length,
    });
  }
  return { rounds: out };
}
