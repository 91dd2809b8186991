// One round with its extensions. Rounds are public to everyone logged in (the call for applications); which
// extensions, and whose reasons, the actor sees is decided in roundDetailOut.
import { assertCan } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../context.ts';
import { roundDetailOut } from '../../views/behovsmelding/round-view.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';

export async function getRound({ db, actor, clock, id }: UseCaseContext & { id: string }) {
  const round = await loadRound(db, id);
  assertCan(actor, 'read', { type: 'behovsmelding-round', officeId: round.officeId });
  return roundDetailOut(db, actor, round, clock);
}
