// A round's decisions as the office sees them (issue 14, point 1; tilsagn.read): its approval lists, their decisions
// with lines and recipients' names, stages, deviations from the innstilling, and what the actor may do — the round's
// verbs and each list's (round-vedtak-view.ts). Another office's actor is refused before anything is read.
import { assertCan } from '../../domain/access/policy.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { roundVedtakAnswer } from '../../views/tilsagn/round-vedtak-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getRoundVedtak({ db, actor, roundId }: Omit<UseCaseContext, 'clock'> & { roundId: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'read', { type: 'tilsagn', officeId: round.officeId });
  return roundVedtakAnswer(db, actor, round);
}
