// Reads and writes of behovsmelding rounds (utlysninger) with their case numbers per county and the extensions granted
// to partnerships. No access decisions here: use cases make them, and lists pass the policy's read scope.
import { and, asc, count, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { scopeWhere } from './read-scope-sql.ts';
import { behovsmelding, behovsmeldingExtension, behovsmeldingRound, behovsmeldingRoundCase, behovsmeldingSubmission, budgetFrame, office, partnership, scheme, unusedFunds, vedtak } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';
import type { RoundScope } from '../domain/behovsmelding/policy.ts';

export type RoundRow = typeof behovsmeldingRound.$inferSelect;
export type ExtensionRow = typeof behovsmeldingExtension.$inferSelect;
/** A round's own columns as the form gives them (its case numbers are stored apart, `replaceRoundCases`). */
export type RoundValues = Omit<typeof behovsmeldingRound.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export type RoundView = RoundRow & {
  officeName: string;
  schemeName: string;
  /** The budget frame of the round's office, scheme and year (budget_frame, issue 13); null when none is entered.
   * Read only here: frames are set on the forum's frames page. */
  budgetFrameKr: number | null;
  caseNumbers: Record<string, string>;
  applicationCount: number;
};

export async function listRoundViews(
  db: DbOrTx,
  filter: { officeId?: string | undefined; year?: number | undefined; ids?: string[]; scope?: RoundScope },
): Promise<RoundView[]> {
  const conditions = [
    filter.officeId ? eq(behovsmeldingRound.officeId, filter.officeId) : undefined,
    filter.year ? eq(behovsmeldingRound.year, filter.year) : undefined,
    filter.ids ? (filter.ids.length ? inArray(behovsmeldingRound.id, filter.ids) : sql`false`) : undefined,
    // A round scope has no conditions: every round or none.
    filter.scope ? scopeWhere(filter.scope, (c: never) => c) : undefined,
  ].filter((c) => c !== undefined);
  const rows = await db
    .select({ row: behovsmeldingRound, officeName: office.name, schemeName: scheme.name, budgetFrameKr: budgetFrame.amountKr })
    .from(behovsmeldingRound)
    .innerJoin(office, eq(office.id, behovsmeldingRound.officeId))
    .innerJoin(scheme, eq(scheme.id, behovsmeldingRound.schemeId))
    .leftJoin(
      budgetFrame,
      and(eq(budgetFrame.officeId, behovsmeldingRound.officeId), eq(budgetFrame.schemeId, behovsmeldingRound.schemeId), eq(budgetFrame.year, behovsmeldingRound.year)),
    )
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(behovsmeldingRound.year), asc(office.name), asc(behovsmeldingRound.title));
  const ids = rows.map((r) => r.row.id);
  if (ids.length === 0) return [];
  // Sequential: `db` may be a transaction (one connection).
  const cases = await db.select().from(behovsmeldingRoundCase).where(inArray(behovsmeldingRoundCase.roundId, ids)).orderBy(asc(behovsmeldingRoundCase.countyNumber));
  const counts = await db.select({ roundId: behovsmelding.roundId, n: count() }).from(behovsmelding).where(inArray(behovsmelding.roundId, ids)).groupBy(behovsmelding.roundId);
  return rows.map(({ row, officeName, schemeName, budgetFrameKr }) => ({
    ...row,
    officeName,
    budgetFrameKr,
    // Scheme names are texts per language; the case file and lists use Bokmål.
    schemeName: schemeName.nb,
    caseNumbers: Object.fromEntries(cases.filter((c) => c.roundId === row.id).map((c) => [c.countyNumber, c.caseNumber])),
    applicationCount: counts.find((c) => c.roundId === row.id)?.n ?? 0,
  }));
}

export async function findRoundView(db: DbOrTx, id: string): Promise<RoundView | undefined> {
  if (!isUuid(id)) return undefined;
  const [view] = await listRoundViews(db, { ids: [id] });
  return view;
}

/** Inserts a round; a second round of the same office, scheme and year fails on the unique constraint. */
export async function insertRound(tx: DbOrTx, values: RoundValues): Promise<{ id: string }> {
  const [created] = await tx.insert(behovsmeldingRound).values(values).returning({ id: behovsmeldingRound.id });
  return created!;
}

/** Saves a round's own columns if it is still at `expectedVersion`; undefined when someone saved it in between. */
export async function updateRoundIfUnchanged(tx: DbOrTx, input: { id: string; expectedVersion: number; values: RoundValues; at: Date }) {
  const [updated] = await tx
    .update(behovsmeldingRound)
    .set({ ...input.values, version: sql`${behovsmeldingRound.version} + 1`, updatedAt: input.at })
    .where(and(eq(behovsmeldingRound.id, input.id), eq(behovsmeldingRound.version, input.expectedVersion)))
    .returning({ id: behovsmeldingRound.id });
  return updated;
}

export async function replaceRoundCases(tx: DbOrTx, roundId: string, caseNumbers: Record<string, string>) {
  await tx.delete(behovsmeldingRoundCase).where(eq(behovsmeldingRoundCase.roundId, roundId));
  const rows = Object.entries(caseNumbers).map(([countyNumber, caseNumber]) => ({ roundId, countyNumber, caseNumber }));
  if (rows.length) await tx.insert(behovsmeldingRoundCase).values(rows);
}

export async function findCaseNumberOwner(db: DbOrTx, caseNumbers: string[]) {
  if (caseNumbers.length === 0) return [];
  return db.select().from(behovsmeldingRoundCase).where(inArray(behovsmeldingRoundCase.caseNumber, caseNumbers));
}

/** Locks the case's row so documents in it are numbered one at a time. */
export async function lockRoundCase(tx: DbOrTx, roundId: string, countyNumber: string) {
  const [row] = await tx
    .select()
    .from(behovsmeldingRoundCase)
    .where(and(eq(behovsmeldingRoundCase.roundId, roundId), eq(behovsmeldingRoundCase.countyNumber, countyNumber)))
    .for('update');
  return row;
}

/** Every document number already given in a case (`2023/8245-1`, `-2` …), over all rounds: the submitted
 * behovsmeldinger, the decision letters (issue 14) and the repayment claims (issue 15), journalled in the same case.
 * One lookup, so every document of a case is numbered by the same rule. */
export async function documentNumbersInCase(db: DbOrTx, caseNumber: string): Promise<string[]> {
  const submissions = await db
    .select({ documentNumber: behovsmeldingSubmission.documentNumber })
    .from(behovsmeldingSubmission)
    .where(like(behovsmeldingSubmission.documentNumber, `${caseNumber}-%`));
  const letters = await db
    .select({ documentNumber: vedtak.documentNumber })
    .from(vedtak)
    .where(like(vedtak.documentNumber, `${caseNumber}-%`));
  // Repayment claims (issue 15) are outgoing letters of the same case.
  const claims = await db
    .select({ documentNumber: unusedFunds.claimDocumentNumber })
    .from(unusedFunds)
    .where(like(unusedFunds.claimDocumentNumber, `${caseNumber}-%`));
  return [
    ...submissions.map((r) => r.documentNumber),
    ...letters.flatMap((r) => (r.documentNumber ? [r.documentNumber] : [])),
    ...claims.flatMap((r) => (r.documentNumber ? [r.documentNumber] : [])),
  ];
}

export async function listExtensions(db: DbOrTx, roundId: string) {
  return db
    .select({ row: behovsmeldingExtension, partnershipName: partnership.name })
    .from(behovsmeldingExtension)
    .innerJoin(partnership, eq(partnership.id, behovsmeldingExtension.partnershipId))
    .where(eq(behovsmeldingExtension.roundId, roundId))
    .orderBy(asc(partnership.name));
}

export async function findExtension(db: DbOrTx, roundId: string, partnershipId: string): Promise<ExtensionRow | undefined> {
  const [row] = await db
    .select()
    .from(behovsmeldingExtension)
    .where(and(eq(behovsmeldingExtension.roundId, roundId), eq(behovsmeldingExtension.partnershipId, partnershipId)));
  return row;
}

/** Grants a partnership its extension in a round, replacing an earlier one (one per round and partnership). */
export async function saveExtension(tx: DbOrTx, values: typeof behovsmeldingExtension.$inferInsert) {
  await tx
    .insert(behovsmeldingExtension)
    .values(values)
    .onConflictDoUpdate({ target: [behovsmeldingExtension.roundId, behovsmeldingExtension.partnershipId], set: values });
}

/** Withdraws a partnership's extension in a round (the audit log keeps what it was). */
export async function deleteExtension(tx: DbOrTx, roundId: string, partnershipId: string) {
  await tx.delete(behovsmeldingExtension).where(and(eq(behovsmeldingExtension.roundId, roundId), eq(behovsmeldingExtension.partnershipId, partnershipId)));
}

/** The extensions of these partnerships, in any round: what lets a partnership start in a closed round. */
export async function listExtensionsOfPartnerships(db: DbOrTx, partnershipIds: string[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .select({ roundId: behovsmeldingExtension.roundId, partnershipId: behovsmeldingExtension.partnershipId, untilLocal: behovsmeldingExtension.untilLocal })
    .from(behovsmeldingExtension)
    .where(inArray(behovsmeldingExtension.partnershipId, partnershipIds));
}
