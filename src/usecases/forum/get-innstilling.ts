// A round's innstilling as it stands (a draft from the chosen scenario, or as adopted), with the verbs this actor has
// and — for a draft — what still stands in the way of adopting it. Read by the secretariat, the members and the
// office's readers (forum-allocation.read); partnerships see their own part on their application instead.
import { assertCan } from '../../domain/access/policy.ts';
import type { AllocationResource } from '../../domain/forum/policy.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { innstillingAnswer } from '../../views/forum/innstilling-answer.ts';
import type { UseCaseContext } from '../context.ts';

export async function getInnstilling({ db, actor, roundId }: UseCaseContext & { roundId: string }) {
  const round = await loadRound(db, roundId);
  // Reading asks no quorum; `adopt` in `allowed` is then false, and the adopting screen asks the meeting.
  const resource: AllocationResource = { type: 'forum-allocation', officeId: round.officeId, quorate: false };
  assertCan(actor, 'read', resource);
  return innstillingAnswer(db, actor, roundId, resource);
}
