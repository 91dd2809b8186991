// A round's innstilling as the API answers it (GET and adopting): the content, the actor's verbs and, for a draft,
// what still stands in the way of adopting it.
import { latestRoundMeeting } from '../../db/forum-innstilling-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { allowedVerbs } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { adoptionProblems } from '../../domain/forum/innstilling.ts';
import type { AllocationResource } from '../../domain/forum/policy.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { innstillingData, meetingApplicationItems } from './innstilling-view.ts';

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
