// A round's innstilling as it stands (a draft from the chosen scenario, or as adopted), with the verbs this actor has
// and — for a draft — what still stands in the way of adopting it. Read by the secretariat, the members and the
// office's readers (forum-allocation.read); partnerships see their own part on their application instead.
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { adoptionProblems } from '../../domain/forum/innstilling.ts';
import type { AllocationResource } from '../../domain/forum/policy.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { innstillingData, meetingApplicationItems } from '../../views/forum/innstilling-view.ts';
import { latestRoundMeeting } from '../../db/forum-innstilling-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { UseCaseContext } from '../context.ts';

/** The answer of GET and of adopting: the content, the actor's verbs and the problems (message tokens). */
export async function innstillingAnswer(db: DbOrTx, actor: Actor, roundId: string, resource: AllocationResource) {
  const round = await loadRound(db, roundId);
  const data = await innstillingData(db, round);
  const names = new Map(data.applications.map((a) => [a.id, a.partnershipName]));
  const meeting = data.state === 'utkast' ? await latestRoundMeeting(db, round.id) : undefined;
  const problems =
    data.state === 'vedtatt'
      ? []
      : adoptionProblems({
          state: data.state,
          scenarioChosen: data.scenarioId !== null,
          items: meeting ? await meetingApplicationItems(db, meeting.id) : [],
          applications: data.scenarioApplications,
          names,
        });
  return { innstilling: data.content, allowed: allowedVerbs(actor, resource), problems };
}

export async function getInnstilling({ db, actor, roundId }: UseCaseContext & { roundId: string }) {
  const round = await loadRound(db, roundId);
  // Reading asks no quorum; `adopt` in `allowed` is then false, and the adopting screen asks the meeting.
  const resource: AllocationResource = { type: 'forum-allocation', officeId: round.officeId, quorate: false };
  assertCan(actor, 'read', resource);
  return innstillingAnswer(db, actor, roundId, resource);
}
