// The allocation as the API shows it (src/domain/forum/allocation-contract.ts): a scenario's summary, and the
// allocation screen assembled from the loaded round, the scenario's lines and choices, the frames and the earlier
// promises — the pure rules (allocation.ts, allocation-totals.ts, cofunding.ts) do the sums; this only reads and
// arranges. Shared by the read, every write (which answers with the screen, so the totals stay live) and the
// comparison.
import type { DbOrTx } from '../../db/client.ts';
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import { innstillingStateOf, listApplicationChoices, listFrames, listLines, listReservations, type ScenarioRow } from '../../db/forum-allocation-repository.ts';
import { allowedVerbs } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { allocationGaps, allocationYears, reasonNeeded, type TLine } from '../../domain/forum/allocation.ts';
import type { ZAllocationScreen, ZScenarioSummary } from '../../domain/forum/allocation-contract.ts';
import { allocationTotals, consumingApplications, type TYearTotals } from '../../domain/forum/allocation-totals.ts';
import { askedInYear } from '../../domain/forum/asked-amounts.ts';
import { cofundingCheck } from '../../domain/forum/cofunding.ts';
import type { z } from 'zod';
import type { LoadedAllocation } from '../../loaders/forum/load-allocation.ts';
import { loadHeldOverForRound } from '../../loaders/utbetaling/held-over.ts';
import { netNeedKr } from '../../domain/utbetaling/held-over.ts';

type ScenarioSummary = z.input<typeof ZScenarioSummary>;
type AllocationScreen = z.input<typeof ZAllocationScreen>;

/** The resource the forum policy asks for a round's allocation (scenarios are never adopted here: not quorate). */
export const allocationResource = (round: Pick<RoundView, 'officeId'>) => ({ type: 'forum-allocation' as const, officeId: round.officeId, quorate: false });

export function scenarioOut(s: ScenarioRow): ScenarioSummary {
  return {
    id: s.id,
    roundId: s.roundId,
    name: s.name,
    chosen: s.chosen,
    version: s.version,
    createdByName: s.createdByName,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export const allocationRoundOut = (r: RoundView) => ({ id: r.id, title: r.title, year: r.year, officeId: r.officeId, officeName: r.officeName, schemeId: r.schemeId, schemeName: r.schemeName });

/** The frames and earlier promises of the round's office, scheme and years. */
export async function loadFrameFacts(db: DbOrTx, round: RoundView) {
  const years = allocationYears(round.year);
  const key = { officeId: round.officeId, schemeId: round.schemeId, years };
  // Sequential: `db` may be a transaction (one connection).
  const frames = await listFrames(db, key);
  const reservations = await listReservations(db, key);
  return { years, frames, reservations };
}

type FrameFacts = Awaited<ReturnType<typeof loadFrameFacts>>;

export function totalsOf(loaded: LoadedAllocation, facts: FrameFacts, lines: readonly TLine[]): TYearTotals[] {
  return allocationTotals({
    years: facts.years,
    frames: facts.frames,
    reservations: facts.reservations,
    applications: loaded.applications.map((a) => ({ id: a.id, ownPartKeys: a.asked.parts.filter((p) => p.ownOffice).map((p) => p.key), ancestorIds: a.ancestorIds })),
    lines,
  });
}

/** The allocation screen of one scenario. */
export async function allocationScreen(db: DbOrTx, actor: Actor, loaded: LoadedAllocation, scenario: ScenarioRow): Promise<AllocationScreen> {
  const lines = await listLines(db, [scenario.id]);
  const choices = await listApplicationChoices(db, [scenario.id]);
  const facts = await loadFrameFacts(db, loaded.round);
  const adopted = (await innstillingStateOf(db, loaded.round.id)) === 'vedtatt';
  const heldOver = await loadHeldOverForRound(db, { partnershipIds: loaded.applications.map((a) => a.partnershipId), schemeId: loaded.round.schemeId, years: facts.years });
  const consumedBy = consumingApplications(
    loaded.applications.map((a) => ({ id: a.id, ownPartKeys: [], ancestorIds: a.ancestorIds })),
    facts.reservations.filter((r) => !loaded.applications.some((a) => a.id === r.sourceApplicationId)),
  );

  const applications = loaded.applications.map((app) => {
    const own = lines.filter((l) => l.applicationId === app.id);
    const choice = choices.find((c) => c.applicationId === app.id);
    const years = [...new Set([...app.asked.parts.filter((p) => p.ownOffice).flatMap((p) => p.years.map((y) => y.year)), ...own.map((l) => l.year)])].sort((a, b) => a - b);
    return {
      id: app.id,
      partnershipId: app.partnershipId,
      partnershipName: app.partnershipName,
      status: app.status,
      documentNumber: app.documentNumber,
      previousId: app.previousId,
      priority: choice?.priority ?? null,
      reason: choice?.reason ?? null,
      noIndividualEducation: choice?.noIndividualEducation ?? null,
      reasonNeeded: reasonNeeded(app.asked, lines, app.id),
      uhRecipients: app.asked.uhRecipients,
      unmatchedUhNames: app.asked.unmatchedUhNames,
      consumesReservations: facts.reservations.filter((r) => consumedBy.get(r.id) === app.id).map((r) => ({ year: r.year, amountKr: r.amountKr })),
      parts: app.asked.parts.map((part) => {
        const partLines = own.filter((l) => l.partKey === part.key);
        const partYears = [...new Set([...part.years.map((y) => y.year), ...partLines.map((l) => l.year)])].sort((a, b) => a - b);
        return {
          key: part.key,
          name: part.name,
          ownOffice: part.ownOffice,
          otherOfficeId: part.otherOfficeId,
          otherOfficeName: part.otherOfficeId === null ? null : loaded.officeName(part.otherOfficeId),
          years: partYears.map((year) => {
            const asked = part.years.find((y) => y.year === year);
            const ofYear = partLines.filter((l) => l.year === year);
            const uh = ofYear.filter((l) => l.recipient === 'uh').map((l) => ({ orgId: l.orgId ?? '', amountKr: l.amountKr }));
            return {
              year,
              asked: { ownerKr: asked?.ownerKr ?? 0, uhKr: asked?.uhKr ?? 0, coFundingKr: asked?.coFundingKr ?? 0 },
              proposed: part.ownOffice
                ? { ownerKr: ofYear.filter((l) => l.recipient === 'owner').reduce((s, l) => s + l.amountKr, 0), uhKr: uh.reduce((s, l) => s + l.amountKr, 0), uh }
                : null,
            };
          }),
        };
      }),
      years: years.map((year) => {
        const askedKr = askedInYear(app.asked, year);
        const heldOverKr = heldOver(app.partnershipId, year)?.totalKr ?? 0;
        return { year, askedKr, proposedKr: own.filter((l) => l.year === year).reduce((s, l) => s + l.amountKr, 0), heldOverKr, netNeedKr: netNeedKr(askedKr, heldOverKr) };
      }),
      cofunding: cofundingCheck(loaded.ownerCofundingPercent, app.asked, lines, app.id),
    };
  });

  return {
    scenario: scenarioOut(scenario),
    round: allocationRoundOut(loaded.round),
    allowed: allowedVerbs(actor, allocationResource(loaded.round)),
    years: facts.years,
    ownerCofundingPercent: loaded.ownerCofundingPercent,
    checklist: loaded.checklist,
    adopted,
    applications,
    totals: totalsOf(loaded, facts, lines),
    gaps: allocationGaps(
      loaded.applications.map((a) => ({ id: a.id, asked: a.asked })),
      lines,
      choices.map((c) => ({ applicationId: c.applicationId, priority: c.priority, reason: c.reason, noIndividualEducation: c.noIndividualEducation })),
      loaded.checklist,
    ),
  };
}
