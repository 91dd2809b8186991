// One round with its extensions. Rounds are public to everyone logged in (the call for applications); which
// extensions, and whose reasons, the actor sees is decided in roundDetailOut.
import { assertCan } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../shared/context.ts';
import { loadRound, roundDetailOut } from './round-access.ts';

export async function getRound({ db, actor, clock, id }: UseCaseContext & { id: string }) {
  const round = await loadRound(db, id);
  assertCan(actor, 'read', { type: 'behovsmelding-round', officeId: round.officeId });
  return roundDetailOut(db, actor, round, clock);
}
