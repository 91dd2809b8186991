// An adopted innstilling for the tilsagn tests (issue 14), written straight into the tables as the forum's use cases
// leave it: a round of an office with submitted applications, a chosen scenario with priorities, reasons and lines,
// the innstilling row 'vedtatt', and the provisional reservations of later years the adoption makes. Used by the use
// case tests and the access matrix (src/server/access-matrix/tilsagn-fixtures.ts).
import type { Db } from '../db/client.ts';
import { behovsmeldingRound, budgetReservation, innstilling } from '../db/schema/index.ts';
import { insertApplication, insertScenario, SCHEME, type ScenarioLine } from './forum-innstilling-fixture.ts';

export type AdoptedApplication = {
  partnershipId: string;
  /** null: not prioritised (an avslag); its reason then is required, as adopting requires it. */
  priority: number | null;
  reason?: string | null;
  /** The scenario's lines for it: owner lines need no organisation (the payee receives them). */
  lines: Omit<ScenarioLine, 'applicationId'>[];
};

/** A round of `officeId` in `year` whose innstilling the forum adopted; its applications in the given order. */
export async function insertAdoptedRound(db: Db, input: { officeId: string; year: number; applications: readonly AdoptedApplication[]; adopted?: boolean }) {
  const [round] = await db
    .insert(behovsmeldingRound)
    .values({
      officeId: input.officeId,
      schemeId: SCHEME,
      year: input.year,
      title: `Behovsmeldinger ${input.year}`,
      opensAtLocal: `${input.year - 1}-09-01T08:00:00`,
      deadlineLocal: `${input.year - 1}-12-01T23:59:59`,
    })
    .returning();
  const apps: Awaited<ReturnType<typeof insertApplication>>[] = [];
  for (const a of input.applications) {
    const asked = a.lines.filter((l) => l.year === input.year);
    apps.push(
      await insertApplication(db, {
        roundId: round!.id,
        partnershipId: a.partnershipId,
        year: input.year,
        ownerKr: asked.filter((l) => l.recipient === 'owner').reduce((s, l) => s + l.amountKr, 0) || 100_000,
        uhKr: asked.filter((l) => l.recipient === 'uh').reduce((s, l) => s + l.amountKr, 0),
      }),
    );
  }
  const scenario = await insertScenario(db, {
    roundId: round!.id,
    applications: input.applications.map((a, i) => ({ applicationId: apps[i]!.id, priority: a.priority, reason: a.reason ?? null })),
    lines: input.applications.flatMap((a, i) => a.lines.map((l) => ({ ...l, applicationId: apps[i]!.id }))),
  });
  if (input.adopted ?? true) {
    await db.insert(innstilling).values({ roundId: round!.id, state: 'vedtatt', scenarioId: scenario.id, adoptedAt: new Date(`${input.year}-02-10T12:00:00Z`), adoptedByName: 'Siri Havlund' });
    // As adopting does: every later year of a prioritised measure reserved provisionally.
    for (const [i, a] of input.applications.entries()) {
      if (a.priority === null) continue;
      const sums = new Map<number, number>();
      for (const l of a.lines) if (l.year > input.year) sums.set(l.year, (sums.get(l.year) ?? 0) + l.amountKr);
      for (const [year, amountKr] of sums)
        await db
          .insert(budgetReservation)
          .values({ officeId: input.officeId, schemeId: SCHEME, year, amountKr, sourceRoundId: round!.id, sourceApplicationId: apps[i]!.id, status: 'foreløpig' });
    }
  }
  return { round: round!, applications: apps, scenario };
}
