// Reads and writes of a round's allocation scenarios (issue 13, point 4): the scenarios, their lines of proposed
// money, the priority and reason per application; and the reads the allocation needs from elsewhere — the round's
// applications with their latest submitted values, the partnerships' UH members, previous_id chains, the frames and
// the reservations of earlier promises. No access decisions here: use cases make them.
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import {
  allocationApplication,
  allocationLine,
  allocationScenario,
  behovsmelding,
  behovsmeldingSubmission,
  budgetFrame,
  budgetReservation,
  innstilling,
  organisation,
  partnership,
  partnershipMember,
} from './schema/index.ts';
import type { TLine, TRecipient } from '../domain/forum/allocation.ts';
import type { TApplicationSnapshot } from '../domain/behovsmelding/application-snapshot.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type ScenarioRow = typeof allocationScenario.$inferSelect;

export async function listScenarioRows(db: DbOrTx, roundId: string): Promise<ScenarioRow[]> {
  return db.select().from(allocationScenario).where(eq(allocationScenario.roundId, roundId)).orderBy(asc(allocationScenario.createdAt), asc(allocationScenario.name));
}

export async function findScenarioRow(db: DbOrTx, id: string, lock?: 'update'): Promise<ScenarioRow | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(allocationScenario).where(eq(allocationScenario.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertScenario(tx: DbOrTx, values: { roundId: string; name: string; createdByName: string }): Promise<ScenarioRow> {
  const [row] = await tx.insert(allocationScenario).values(values).returning();
  return row!;
}

/** Renames the scenario if it is still at `expectedVersion`; undefined when someone saved it in between. */
export async function renameScenarioIfUnchanged(tx: DbOrTx, input: { id: string; expectedVersion: number; name: string; at: Date }) {
  const [row] = await tx
    .update(allocationScenario)
    .set({ name: input.name, version: sql`${allocationScenario.version} + 1`, updatedAt: input.at })
    .where(and(eq(allocationScenario.id, input.id), eq(allocationScenario.version, input.expectedVersion)))
    .returning();
  return row;
}

/** Claims the next version for a change of the scenario's lines or choices; undefined when someone saved in between. */
export async function bumpScenarioIfUnchanged(tx: DbOrTx, input: { id: string; expectedVersion: number; at: Date }) {
  const [row] = await tx
    .update(allocationScenario)
    .set({ version: sql`${allocationScenario.version} + 1`, updatedAt: input.at })
    .where(and(eq(allocationScenario.id, input.id), eq(allocationScenario.version, input.expectedVersion)))
    .returning();
  return row;
}

export async function deleteScenarioRow(tx: DbOrTx, id: string) {
  await tx.delete(allocationScenario).where(eq(allocationScenario.id, id));
}

/** Makes this the round's one chosen scenario (the partial unique index holds it to one). */
export async function markScenarioChosen(tx: DbOrTx, input: { roundId: string; id: string; at: Date }) {
  await tx
    .update(allocationScenario)
    .set({ chosen: false, version: sql`${allocationScenario.version} + 1`, updatedAt: input.at })
    .where(and(eq(allocationScenario.roundId, input.roundId), eq(allocationScenario.chosen, true), ne(allocationScenario.id, input.id)));
  const [row] = await tx
    .update(allocationScenario)
    .set({ chosen: true, version: sql`${allocationScenario.version} + 1`, updatedAt: input.at })
    .where(eq(allocationScenario.id, input.id))
    .returning();
  return row!;
}

export type ScenarioLine = TLine & { scenarioId: string };

export async function listLines(db: DbOrTx, scenarioIds: string[]): Promise<ScenarioLine[]> {
  if (scenarioIds.length === 0) return [];
  const rows = await db
    .select()
    .from(allocationLine)
    .where(inArray(allocationLine.scenarioId, scenarioIds))
    .orderBy(asc(allocationLine.applicationId), asc(allocationLine.partKey), asc(allocationLine.year), asc(allocationLine.recipient), asc(allocationLine.recipientOrgId));
  return rows.map((r) => ({
    scenarioId: r.scenarioId,
    applicationId: r.applicationId,
    partKey: r.partKey,
    year: r.year,
    recipient: r.recipient as TRecipient,
    orgId: r.recipientOrgId === '' ? null : r.recipientOrgId,
    amountKr: r.amountKr,
  }));
}

const lineWhere = (scenarioId: string, l: TLine) =>
  and(
    eq(allocationLine.scenarioId, scenarioId),
    eq(allocationLine.applicationId, l.applicationId),
    eq(allocationLine.partKey, l.partKey),
    eq(allocationLine.year, l.year),
    eq(allocationLine.recipient, l.recipient),
    eq(allocationLine.recipientOrgId, l.orgId ?? ''),
  );

/** Sets each line's amount; 0 removes the line (no line and 0 mean the same: nothing proposed). */
export async function setLines(tx: DbOrTx, scenarioId: string, lines: readonly TLine[]) {
  // One statement per line, in order: `tx` is one connection.
  for (const l of lines) {
    if (l.amountKr === 0) {
      await tx.delete(allocationLine).where(lineWhere(scenarioId, l));
      continue;
    }
    await tx
      .insert(allocationLine)
      .values({ scenarioId, applicationId: l.applicationId, partKey: l.partKey, year: l.year, recipient: l.recipient, recipientOrgId: l.orgId ?? '', amountKr: l.amountKr })
      .onConflictDoUpdate({
        target: [allocationLine.scenarioId, allocationLine.applicationId, allocationLine.partKey, allocationLine.year, allocationLine.recipient, allocationLine.recipientOrgId],
        set: { amountKr: l.amountKr },
      });
  }
}

export type ApplicationChoiceRow = typeof allocationApplication.$inferSelect;

export async function listApplicationChoices(db: DbOrTx, scenarioIds: string[]): Promise<ApplicationChoiceRow[]> {
  if (scenarioIds.length === 0) return [];
  return db.select().from(allocationApplication).where(inArray(allocationApplication.scenarioId, scenarioIds));
}

/** Sets an application's priority and reason, and its checklist answer when given (absent keeps the stored one). */
export async function setApplicationChoice(tx: DbOrTx, values: Omit<ApplicationChoiceRow, 'noIndividualEducation'> & { noIndividualEducation?: boolean | null }) {
  const checklist = values.noIndividualEducation === undefined ? {} : { noIndividualEducation: values.noIndividualEducation };
  await tx
    .insert(allocationApplication)
    .values(values)
    .onConflictDoUpdate({ target: [allocationApplication.scenarioId, allocationApplication.applicationId], set: { priority: values.priority, reason: values.reason, ...checklist } });
}

/** Copies another scenario's lines and choices into a new one. */
export async function copyScenarioContents(tx: DbOrTx, fromId: string, toId: string) {
  const lines = await tx.select().from(allocationLine).where(eq(allocationLine.scenarioId, fromId));
  if (lines.length > 0) await tx.insert(allocationLine).values(lines.map((l) => ({ ...l, scenarioId: toId })));
  const choices = await tx.select().from(allocationApplication).where(eq(allocationApplication.scenarioId, fromId));
  if (choices.length > 0) await tx.insert(allocationApplication).values(choices.map((c) => ({ ...c, scenarioId: toId })));
}

/** Writes the lines of a new scenario ("as asked"). */
export async function insertLines(tx: DbOrTx, scenarioId: string, lines: readonly TLine[]) {
  const rows = lines
    .filter((l) => l.amountKr > 0)
    .map((l) => ({ scenarioId, applicationId: l.applicationId, partKey: l.partKey, year: l.year, recipient: l.recipient, recipientOrgId: l.orgId ?? '', amountKr: l.amountKr }));
  if (rows.length > 0) await tx.insert(allocationLine).values(rows);
}

/** The round's applications the forum weighs: those sent (or sent and returned for correction). */
export async function listAllocatableApplications(db: DbOrTx, roundId: string) {
  return db
    .select({
      id: behovsmelding.id,
      partnershipId: behovsmelding.partnershipId,
      partnershipName: partnership.name,
      status: behovsmelding.status,
      documentNumber: behovsmelding.documentNumber,
      previousId: behovsmelding.previousId,
    })
    .from(behovsmelding)
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .where(and(eq(behovsmelding.roundId, roundId), inArray(behovsmelding.status, ['sendt', 'returnert'])))
    .orderBy(asc(partnership.name));
}

/** The snapshot of each application's latest submission (applications never submitted are left out). */
export async function latestSubmissionSnapshots(db: DbOrTx, applicationIds: string[]): Promise<Map<string, TApplicationSnapshot>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([behovsmeldingSubmission.applicationId], { applicationId: behovsmeldingSubmission.applicationId, snapshot: behovsmeldingSubmission.snapshot })
    .from(behovsmeldingSubmission)
    .where(inArray(behovsmeldingSubmission.applicationId, applicationIds))
    .orderBy(behovsmeldingSubmission.applicationId, desc(behovsmeldingSubmission.sequence));
  return new Map(rows.map((r) => [r.applicationId, r.snapshot as TApplicationSnapshot]));
}

/** The UH members (role 'uh') of the partnerships, with their organisation numbers for matching 5.3. */
export async function listUhMembers(db: DbOrTx, partnershipIds: string[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .select({ partnershipId: partnershipMember.partnershipId, orgId: organisation.id, name: organisation.name, orgnr: organisation.orgnr })
    .from(partnershipMember)
    .innerJoin(organisation, eq(organisation.id, partnershipMember.organisationId))
    .where(and(inArray(partnershipMember.partnershipId, partnershipIds), eq(partnershipMember.role, 'uh')))
    .orderBy(asc(organisation.name));
}

/** Each application's previous_id chain (nearest first), followed as far as it goes; a cycle stops it. */
export async function ancestorsOf(db: DbOrTx, apps: readonly { id: string; previousId: string | null }[]): Promise<Map<string, string[]>> {
  const previous = new Map<string, string | null>(apps.map((a) => [a.id, a.previousId]));
  let frontier = [...new Set(apps.map((a) => a.previousId).filter((id): id is string => id !== null && !previous.has(id)))];
  while (frontier.length > 0) {
    const rows = await db.select({ id: behovsmelding.id, previousId: behovsmelding.previousId }).from(behovsmelding).where(inArray(behovsmelding.id, frontier));
    for (const r of rows) previous.set(r.id, r.previousId);
    frontier = [...new Set(rows.map((r) => r.previousId).filter((id): id is string => id !== null && !previous.has(id)))];
  }
  return new Map(
    apps.map((a) => {
      const chain: string[] = [];
      for (let id = previous.get(a.id) ?? null; id !== null && !chain.includes(id) && id !== a.id; id = previous.get(id) ?? null) chain.push(id);
      return [a.id, chain];
    }),
  );
}

export async function listFrames(db: DbOrTx, input: { officeId: string; schemeId: string; years: number[] }) {
  return db
    .select({ year: budgetFrame.year, amountKr: budgetFrame.amountKr, confirmed: budgetFrame.confirmed })
    .from(budgetFrame)
    .where(and(eq(budgetFrame.officeId, input.officeId), eq(budgetFrame.schemeId, input.schemeId), inArray(budgetFrame.year, input.years)));
}

export async function listReservations(db: DbOrTx, input: { officeId: string; schemeId: string; years: number[] }) {
  return db
    .select({
      id: budgetReservation.id,
      year: budgetReservation.year,
      amountKr: budgetReservation.amountKr,
      sourceApplicationId: budgetReservation.sourceApplicationId,
      consumedByApplicationId: budgetReservation.consumedByApplicationId,
    })
    .from(budgetReservation)
    .where(and(eq(budgetReservation.officeId, input.officeId), eq(budgetReservation.schemeId, input.schemeId), inArray(budgetReservation.year, input.years)));
}

/** The round's innstilling state ('utkast' | 'vedtatt'), or null when none is drafted. */
export async function innstillingStateOf(db: DbOrTx, roundId: string, lock?: 'share'): Promise<string | null> {
  const query = db.select({ state: innstilling.state }).from(innstilling).where(eq(innstilling.roundId, roundId));
  const [row] = lock ? await query.for('share') : await query;
  return row?.state ?? null;
}
