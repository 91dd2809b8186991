// Reads and writes of behovsmelding rounds, applications, their versioned fields, submissions and attachments.
// No access decisions here: use cases make them from what these functions return, and lists pass the policy's read
// scope, said in SQL here (an application's office is its round's).
import { and, asc, count, desc, eq, gt, inArray, isNull, like, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { partnershipScopeWhere } from './partnership-repository.ts';
import { scopeWhere } from './read-scope-sql.ts';
import {
  behovsmelding,
  behovsmeldingAttachment,
  behovsmeldingExtension,
  behovsmeldingField,
  behovsmeldingFieldChange,
  behovsmeldingRound,
  behovsmeldingRoundCase,
  behovsmeldingSubmission,
  office,
  partnership,
  scheme,
} from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';
import type { Actor } from '../domain/access/roles.ts';
import type { ApplicationScope, RoundScope } from '../domain/behovsmelding/policy.ts';

export type RoundRow = typeof behovsmeldingRound.$inferSelect;
export type ApplicationRow = typeof behovsmelding.$inferSelect;
export type FieldRow = typeof behovsmeldingField.$inferSelect;
export type AttachmentRow = typeof behovsmeldingAttachment.$inferSelect;
export type SubmissionRow = typeof behovsmeldingSubmission.$inferSelect;
export type ExtensionRow = typeof behovsmeldingExtension.$inferSelect;

export type RoundView = RoundRow & {
  officeName: string;
  schemeName: string;
  caseNumbers: Record<string, string>;
  applicationCount: number;
};

// ---- Rounds ----------------------------------------------------------------------------------------------------

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
    .select({ row: behovsmeldingRound, officeName: office.name, schemeName: scheme.name })
    .from(behovsmeldingRound)
    .innerJoin(office, eq(office.id, behovsmeldingRound.officeId))
    .innerJoin(scheme, eq(scheme.id, behovsmeldingRound.schemeId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(behovsmeldingRound.year), asc(office.name), asc(behovsmeldingRound.title));
  const ids = rows.map((r) => r.row.id);
  if (ids.length === 0) return [];
  // Sequential: `db` may be a transaction (one connection).
  const cases = await db.select().from(behovsmeldingRoundCase).where(inArray(behovsmeldingRoundCase.roundId, ids)).orderBy(asc(behovsmeldingRoundCase.countyNumber));
  const counts = await db.select({ roundId: behovsmelding.roundId, n: count() }).from(behovsmelding).where(inArray(behovsmelding.roundId, ids)).groupBy(behovsmelding.roundId);
  return rows.map(({ row, officeName, schemeName }) => ({
    ...row,
    officeName,
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

/** Every document number already given in a case (`2023/8245-1`, `-2` …), over all rounds. */
export async function documentNumbersInCase(db: DbOrTx, caseNumber: string): Promise<string[]> {
  const rows = await db
    .select({ documentNumber: behovsmeldingSubmission.documentNumber })
    .from(behovsmeldingSubmission)
    .where(like(behovsmeldingSubmission.documentNumber, `${caseNumber}-%`));
  return rows.map((r) => r.documentNumber);
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

// ---- Applications ----------------------------------------------------------------------------------------------

export async function findApplication(db: DbOrTx, id: string, lock?: 'share' | 'update'): Promise<ApplicationRow | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(behovsmelding).where(eq(behovsmelding.id, id));
  const [row] = lock ? await query.for(lock === 'share' ? 'share' : 'update') : await query;
  return row;
}

/** `scope`: the application read scope, its office asked of the application's ROUND (issue 8, finding 2). */
export async function listApplications(db: DbOrTx, filter: { roundId?: string; partnershipIds?: string[]; scope?: ApplicationScope }) {
  const conditions = [
    filter.roundId ? eq(behovsmelding.roundId, filter.roundId) : undefined,
    filter.partnershipIds ? (filter.partnershipIds.length ? inArray(behovsmelding.partnershipId, filter.partnershipIds) : sql`false`) : undefined,
    filter.scope ? partnershipScopeWhere(filter.scope, behovsmeldingRound.officeId) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select({ row: behovsmelding, partnershipName: partnership.name })
    .from(behovsmelding)
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, behovsmelding.roundId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(partnership.name));
}

/** The partnership's application in the same office and scheme the year before (to pre-fill year 2 and 3). */
export async function findPreviousYearApplication(db: DbOrTx, input: { partnershipId: string; officeId: string; schemeId: string; year: number }) {
  const [row] = await db
    .select({ id: behovsmelding.id })
    .from(behovsmelding)
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, behovsmelding.roundId))
    .where(
      and(
        eq(behovsmelding.partnershipId, input.partnershipId),
        eq(behovsmeldingRound.officeId, input.officeId),
        eq(behovsmeldingRound.schemeId, input.schemeId),
        eq(behovsmeldingRound.year, input.year - 1),
      ),
    );
  return row;
}

// ---- Fields ----------------------------------------------------------------------------------------------------

export async function loadFields(db: DbOrTx, applicationId: string): Promise<FieldRow[]> {
  return db.select().from(behovsmeldingField).where(eq(behovsmeldingField.applicationId, applicationId));
}

export async function loadFieldsOf(db: DbOrTx, applicationIds: string[]): Promise<FieldRow[]> {
  if (applicationIds.length === 0) return [];
  return db.select().from(behovsmeldingField).where(inArray(behovsmeldingField.applicationId, applicationIds));
}

export async function findField(db: DbOrTx, applicationId: string, key: string): Promise<FieldRow | undefined> {
  const [row] = await db
    .select()
    .from(behovsmeldingField)
    .where(and(eq(behovsmeldingField.applicationId, applicationId), eq(behovsmeldingField.key, key)));
  return row;
}

/**
 * Saves a field if it is still at `baseVersion` (0 = never saved): one change row and the field row, atomically.
 * Returns undefined when someone saved it in between (the conditional insert/update matched no row), so two
 * concurrent saves from the same base can never both win, on PGlite or on a Postgres server.
 */
export async function saveFieldIfUnchanged(
  tx: DbOrTx,
  input: { applicationId: string; key: string; value: unknown; baseVersion: number; actor: Actor; at: Date; checkedCatalogueVersion: number },
): Promise<FieldRow | undefined> {
  const version = input.baseVersion + 1;
  const [change] = await tx
    .insert(behovsmeldingFieldChange)
    .values({
      applicationId: input.applicationId,
      key: input.key,
      value: input.value,
      version,
      byUserId: input.actor.userId,
      byName: input.actor.name,
      at: input.at,
    })
    .returning({ id: behovsmeldingFieldChange.id });
  const values = {
    value: input.value,
    version,
    changeId: change!.id,
    updatedByUserId: input.actor.userId,
    updatedByName: input.actor.name,
    updatedAt: input.at,
    // Only values that passed their schema are saved (save-field.ts), so the verdict is always "valid".
    checkedCatalogueVersion: input.checkedCatalogueVersion,
    invalidMessage: null,
  };
  const saved =
    input.baseVersion === 0
      ? await tx
          .insert(behovsmeldingField)
          .values({ applicationId: input.applicationId, key: input.key, ...values })
          .onConflictDoNothing()
          .returning()
      : await tx
          .update(behovsmeldingField)
          .set(values)
          .where(
            and(
              eq(behovsmeldingField.applicationId, input.applicationId),
              eq(behovsmeldingField.key, input.key),
              eq(behovsmeldingField.version, input.baseVersion),
            ),
          )
          .returning();
  return saved[0];
}

export async function latestChangeId(db: DbOrTx, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${behovsmeldingFieldChange.id}), 0)`.mapWith(Number) })
    .from(behovsmeldingFieldChange)
    .where(eq(behovsmeldingFieldChange.applicationId, applicationId));
  return row?.id ?? 0;
}

export async function fieldsChangedSince(db: DbOrTx, applicationId: string, since: number): Promise<FieldRow[]> {
  return db
    .select()
    .from(behovsmeldingField)
    .where(and(eq(behovsmeldingField.applicationId, applicationId), gt(behovsmeldingField.changeId, since)))
    .orderBy(asc(behovsmeldingField.changeId));
}

export async function fieldHistory(db: DbOrTx, applicationId: string, key?: string, limit = 500) {
  return db
    .select()
    .from(behovsmeldingFieldChange)
    .where(and(eq(behovsmeldingFieldChange.applicationId, applicationId), key ? eq(behovsmeldingFieldChange.key, key) : undefined))
    .orderBy(desc(behovsmeldingFieldChange.id))
    .limit(limit);
}

// ---- Submissions -----------------------------------------------------------------------------------------------

export async function listSubmissions(db: DbOrTx, applicationId: string) {
  return db
    .select({
      sequence: behovsmeldingSubmission.sequence,
      documentNumber: behovsmeldingSubmission.documentNumber,
      submittedAt: behovsmeldingSubmission.submittedAt,
      submittedByName: behovsmeldingSubmission.submittedByName,
    })
    .from(behovsmeldingSubmission)
    .where(eq(behovsmeldingSubmission.applicationId, applicationId))
    .orderBy(asc(behovsmeldingSubmission.sequence));
}

export async function findSubmission(db: DbOrTx, applicationId: string, sequence?: number): Promise<SubmissionRow | undefined> {
  const [row] = await db
    .select()
    .from(behovsmeldingSubmission)
    .where(and(eq(behovsmeldingSubmission.applicationId, applicationId), sequence ? eq(behovsmeldingSubmission.sequence, sequence) : undefined))
    .orderBy(desc(behovsmeldingSubmission.sequence))
    .limit(1);
  return row;
}

// ---- Attachments -----------------------------------------------------------------------------------------------

export async function listAttachments(db: DbOrTx, applicationId: string): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(behovsmeldingAttachment)
    .where(and(eq(behovsmeldingAttachment.applicationId, applicationId), isNull(behovsmeldingAttachment.deletedAt)))
    .orderBy(asc(behovsmeldingAttachment.uploadedAt));
}

export async function findAttachment(db: DbOrTx, applicationId: string, id: string): Promise<AttachmentRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(behovsmeldingAttachment)
    .where(and(eq(behovsmeldingAttachment.id, id), eq(behovsmeldingAttachment.applicationId, applicationId), isNull(behovsmeldingAttachment.deletedAt)));
  return row;
}

/** The stored file of an attachment, removed from the draft or not: a submitted snapshot may still name it. */
export async function findAttachmentFileKey(db: DbOrTx, applicationId: string, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({ fileKey: behovsmeldingAttachment.fileKey })
    .from(behovsmeldingAttachment)
    .where(and(eq(behovsmeldingAttachment.id, id), eq(behovsmeldingAttachment.applicationId, applicationId)));
  return row?.fileKey;
}
