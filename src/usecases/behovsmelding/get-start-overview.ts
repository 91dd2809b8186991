// What the start page lists (issue 12, point 5). A coordinator (anyone who writes for a partnership) meets the
// rounds their partnerships may apply in now — open ones, and closed ones an extension keeps open for one of them —
// with the deadlines, and their own drafts, returned applications (with the office's message) and submitted ones.
// A case officer meets the submissions to their office's rounds since their last visit, the returns still awaiting
// resubmission, and the office's rounds closing within 14 days.
//
// The last visit is kept on the user in the database, not in the browser, so another browser or a cleared cache
// does not lose it: each load reads it and moves it along in one transaction (the rule, with its grace for a quick
// reload, is startVisit in start-overview.ts).
//
// The sections are about the actor's own work, so they are chosen with the role predicates (writesFor, staffIn),
// not `can`, which lets the admin pass everywhere and would fill an admin's start page with every partnership's
// drafts. Every list is still read through the policy's read scopes, so nothing here shows more than a list could.
import { listApplications } from '../../db/behovsmelding-application-repository.ts';
import { listExtensionsOfPartnerships, listRoundViews, type RoundView } from '../../db/behovsmelding-round-repository.ts';
import { listPartnershipSummaries } from '../../db/partnership-repository.ts';
import { lockStartVisits, saveStartVisits } from '../../db/start-visit-repository.ts';
import type { Db } from '../../db/client.ts';
import { readScope } from '../../domain/access/policy.ts';
import { staffIn } from '../../domain/access/predicates.ts';
import type { StartApplication, StartOpenRound, StartOverview } from '../../domain/behovsmelding/start-contract.ts';
import { isClosingSoon, mayStillApply, newSince, startVisit } from '../../domain/behovsmelding/start-overview.ts';
import { writesFor } from '../../domain/org/policy.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';
import type { UseCaseContext } from '../context.ts';

type AppRow = Awaited<ReturnType<typeof listApplications>>[number];

export async function getStartOverview({ db, actor, clock }: UseCaseContext): Promise<StartOverview> {
  const now = clock.now();
  const partnerships = (await listPartnershipSummaries(db, { scope: readScope(actor, 'partnership') })).filter((p) => writesFor(actor, partnershipResource(p)));
  const rounds = await listRoundViews(db, { scope: readScope(actor, 'behovsmelding-round') });
  const staffRounds = rounds.filter((r) => staffIn(actor, r.officeId));
  if (partnerships.length === 0 && staffRounds.length === 0) return { coordinator: null, office: null };

  const apps = await listApplications(db, { scope: readScope(actor, 'behovsmelding-application') });
  const roundOf = new Map(rounds.map((r) => [r.id, r]));
  const listed = (rows: AppRow[]) => rows.map((a) => startApplication(a, roundOf.get(a.row.roundId)!));

  let coordinator: StartOverview['coordinator'] = null;
  if (partnerships.length > 0) {
    const own = new Set(partnerships.map((p) => p.id));
    const ownApps = apps.filter((a) => own.has(a.row.partnershipId));
    const extensions = await listExtensionsOfPartnerships(db, [...own]);
    const openRounds: StartOpenRound[] = [];
    for (const round of rounds) {
      const offered = partnerships
        // The rule create-application keeps: a partnership applies in its own office's rounds, of its scheme if it has one.
        .filter((p) => p.officeId === round.officeId && (p.schemeId === null || p.schemeId === round.schemeId))
        .map((p) => ({ p, until: extensions.find((e) => e.roundId === round.id && e.partnershipId === p.id)?.untilLocal ?? null }))
        .filter(({ until }) => mayStillApply(round, until, now));
      if (offered.length === 0) continue;
      openRounds.push({
        ...startRound(round),
        partnerships: offered.map(({ p, until }) => {
          const app = ownApps.find((a) => a.row.roundId === round.id && a.row.partnershipId === p.id);
          return { id: p.id, name: p.name, extendedUntilLocal: until, applicationId: app?.row.id ?? null, applicationStatus: app?.row.status ?? null };
        }),
      });
    }
    // The nearest deadline first (an extension's, where it applies): that is the one to act on.
    const nearest = (r: StartOpenRound) => r.partnerships.map((p) => p.extendedUntilLocal ?? r.deadlineLocal).sort()[0]!;
    openRounds.sort((a, b) => nearest(a).localeCompare(nearest(b)));
    const newestFirst = (at: (a: AppRow) => Date | null) => (a: AppRow, b: AppRow) => (at(b)?.getTime() ?? 0) - (at(a)?.getTime() ?? 0);
    coordinator = {
      openRounds,
      drafts: listed(ownApps.filter((a) => a.row.status === 'utkast').sort(newestFirst((a) => a.row.updatedAt))),
      returned: listed(ownApps.filter((a) => a.row.status === 'returnert').sort(newestFirst((a) => a.row.returnedAt))),
      submitted: listed(ownApps.filter((a) => a.row.status === 'sendt').sort(newestFirst((a) => a.row.submittedAt))),
    };
  }

  let office: StartOverview['office'] = null;
  if (staffRounds.length > 0) {
    const from = await visitStart(db, actor.userId, now);
    const officeRounds = new Set(staffRounds.map((r) => r.id));
    const officeApps = apps.filter((a) => officeRounds.has(a.row.roundId));
    office = {
      since: from.toISOString(),
      newSubmissions: listed(
        officeApps
          .filter((a) => a.row.status === 'sendt' && a.row.submittedAt !== null && a.row.submittedAt.getTime() > from.getTime())
          .sort((a, b) => b.row.submittedAt!.getTime() - a.row.submittedAt!.getTime()),
      ),
      // The window closing first, then the oldest return: the one most likely to need a reminder.
      awaitingResubmission: listed(
        officeApps
          .filter((a) => a.row.status === 'returnert')
          .sort(
            (a, b) =>
              (a.row.resubmitUntilLocal ?? '9999').localeCompare(b.row.resubmitUntilLocal ?? '9999') ||
              (a.row.returnedAt?.getTime() ?? 0) - (b.row.returnedAt?.getTime() ?? 0),
          ),
      ),
      closingSoon: staffRounds
        .filter((r) => isClosingSoon(r, now))
        .sort((a, b) => a.deadlineLocal.localeCompare(b.deadlineLocal))
        .map(startRound),
    };
  }
  return { coordinator, office };
}

/** The instant after which a submission is new for this load, moving the user's stored visits along (the row is
 * locked for the read-and-write, so two tabs loading at once count as one visit). Without a user (the command
 * line) there is no visit to remember: the default look-back. */
async function visitStart(db: Db, userId: string | null, now: Date): Promise<Date> {
  if (!userId) return newSince(null, now);
  return db.transaction(async (tx) => {
    const stored = await lockStartVisits(tx, userId);
    if (!stored) return newSince(null, now);
    const { since, store } = startVisit(stored, now);
    if (store) await saveStartVisits(tx, userId, store);
    return since;
  });
}

function startRound(r: RoundView) {
  return { id: r.id, title: r.title, officeName: r.officeName, year: r.year, deadlineLocal: r.deadlineLocal, applicationCount: r.applicationCount };
}

function startApplication({ row, partnershipName }: AppRow, round: RoundView): StartApplication {
  return {
    id: row.id,
    roundId: row.roundId,
    roundTitle: round.title,
    officeName: round.officeName,
    partnershipId: row.partnershipId,
    partnershipName,
    status: row.status,
    deadlineLocal: round.deadlineLocal,
    documentNumber: row.documentNumber,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submittedByName: row.submittedByName,
    late: row.onExtension,
    returnMessage: row.returnMessage,
    returnedAt: row.returnedAt?.toISOString() ?? null,
    returnedByName: row.returnedByName,
    resubmitUntilLocal: row.resubmitUntilLocal,
  };
}
