// The secretariat records that the forum adopted the round's innstilling at a meeting (issue 13, point 5). A
// personal act at a quorate meeting (the members present ≥ the office's quorum); refused while a scenario is not
// chosen, an application item of the meeting is undecided, or an application not prioritised or reduced lacks its
// reason (innstilling.ts). In the same transaction: the innstilling becomes 'vedtatt' (meeting, scenario, when, by
// whom); every later year of a prioritised measure is reserved provisionally against that year's frame; earlier
// reservations this round's applications of the same measures take over are marked consumed; each applicant is told
// by e-mail (issue 15). Audited.
import { appendAudit } from '../../db/audit-repository.ts';
import {
  adoptInnstillingRow,
  findMeeting,
  insertReservations,
  listOpenReservations,
  markConsumed,
  presentCount,
  previousChains,
  quorumOf,
} from '../../db/forum-innstilling-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZAdoptInput } from '../../domain/forum/innstilling-contract.ts';
import { assertAdoptable, consumedBy, reservationsOf } from '../../domain/forum/innstilling.ts';
import type { AllocationResource } from '../../domain/forum/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { membersServingOn } from '../../loaders/forum/load-item.ts';
import { innstillingData, meetingApplicationItems } from '../../views/forum/innstilling-view.ts';
import type { UseCaseContext } from '../context.ts';
import { innstillingAnswer } from '../../views/forum/innstilling-answer.ts';
import { queueInnstillingAdopted } from '../notify/queue-innstilling-adopted.ts';

/** `publicUrl`: the app's address (config.publicUrl), so the applicants' messages link to their applications. */
export async function adoptInnstilling({ db, actor, clock, roundId, input, publicUrl }: UseCaseContext & { roundId: string; input: unknown; publicUrl?: string }) {
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    const { meetingId } = parseInput(ZAdoptInput, input);
    const meeting = await findMeeting(tx, meetingId);
    // Asked before the meeting is judged, so another office learns nothing of this one's meetings.
    const beforeQuorum: AllocationResource = { type: 'forum-allocation', officeId: round.officeId, quorate: true };
    assertCan(actor, 'adopt', beforeQuorum);
    if (!meeting || meeting.officeId !== round.officeId) throw AppError.notFound(msg('forum.innstilling.meetingNotFound'));
    if (meeting.roundId !== round.id) throw new AppError('VALIDATION', msg('forum.innstilling.meetingNotOfRound'));
    const members = await membersServingOn(tx, round.officeId, meeting.startsAtLocal.slice(0, 10));
    const present = await presentCount(tx, meeting.id, members.map((m) => m.id));
    const resource: AllocationResource = { type: 'forum-allocation', officeId: round.officeId, quorate: present >= (await quorumOf(tx, round.officeId)) };
    assertCan(actor, 'adopt', resource);

    const data = await innstillingData(tx, round, { meetingId: meeting.id });
    assertAdoptable({
      state: data.state,
      scenarioChosen: data.scenarioId !== null,
      items: await meetingApplicationItems(tx, meeting.id),
      applications: data.scenarioApplications,
      names: new Map(data.applications.map((a) => [a.id, a.partnershipName])),
    });
    const at = clock.now();
    const adopted = await adoptInnstillingRow(tx, { roundId: round.id, scenarioId: data.scenarioId!, meetingId: meeting.id, at, byName: actor.name });
    if (!adopted) throw new AppError('CONFLICT', msg('forum.innstilling.alreadyAdopted'));

    const prioritisedIds = new Set(data.scenarioApplications.filter((a) => a.priority !== null).map((a) => a.applicationId));
    const reservations = reservationsOf({ roundYear: round.year, prioritisedIds, lines: data.lines });
    const open = await listOpenReservations(tx, round.officeId, round.schemeId);
    const consumed = consumedBy({
      roundYear: round.year,
      applicationIds: data.applications.map((a) => a.id),
      previousOf: await previousChains(tx, [...new Set(data.applications.map((a) => a.partnershipId))]),
      reservations: open,
      newReservations: reservations,
    });
    for (const c of consumed) await markConsumed(tx, c.reservationId, c.applicationId);
    const made = await insertReservations(
      tx,
      reservations.map((r) => ({ officeId: round.officeId, schemeId: round.schemeId, year: r.year, amountKr: r.amountKr, sourceRoundId: round.id, sourceApplicationId: r.applicationId, status: 'foreløpig' })),
    );
    // Each applicant hears that the forum has recommended (issue 15), in the adoption's transaction.
    const mailedTo = await queueInnstillingAdopted(tx, { round, applications: data.applications, publicUrl });
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'innstilling',
      entityId: round.id,
      before: { state: 'utkast' },
      after: {
        state: 'vedtatt',
        meetingId: meeting.id,
        scenarioId: data.scenarioId,
        reservations: made.map((r) => ({ id: r.id, applicationId: r.sourceApplicationId, year: r.year, amountKr: r.amountKr })),
        consumed,
        mailedTo,
      },
    });
    return innstillingAnswer(tx, actor, round.id, resource);
  });
}
