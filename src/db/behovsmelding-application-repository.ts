// Reads and writes of behovsmelding applications and their submissions (the frozen snapshots with document numbers).
// No access decisions here: use cases make them from what these functions return, and lists pass the policy's read
// scope, said in SQL here (an application's office is its round's).
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { partnershipScopeWhere } from './partnership-repository.ts';
import { behovsmelding, behovsmeldingAttachment, behovsmeldingField, behovsmeldingFieldChange, behovsmeldingRound, behovsmeldingSubmission, partnership, partnershipEditor, partnershipMember } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';
import type { ApplicationScope } from '../domain/behovsmelding/policy.ts';

type FieldRow = typeof behovsmeldingField.$inferSelect;

export type ApplicationRow = typeof behovsmelding.$inferSelect;
export type SubmissionRow = typeof behovsmeldingSubmission.$inferSelect;

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

/**
 * The partnership's applications that have left the draft stage, share-locked, so a submit that is under way (it
 * locks the application for update) finishes first and is seen.
 */
export async function lockSentApplicationsOfPartnership(tx: DbOrTx, partnershipId: string): Promise<{ id: string }[]> {
  return tx
    .select({ id: behovsmelding.id })
    .from(behovsmelding)
    .where(and(eq(behovsmelding.partnershipId, partnershipId), ne(behovsmelding.status, 'utkast')))
    .for('share');
}

/** Starts an application; a second one of the same partnership in the round fails on the unique constraint. */
export async function insertApplication(tx: DbOrTx, input: { roundId: string; partnershipId: string; countyNumber: string; previousId: string | null }): Promise<{ id: string }> {
  const [created] = await tx.insert(behovsmelding).values(input).returning({ id: behovsmelding.id });
  return created!;
}

/** Freezes a submission: its numbered snapshot, kept however often the application is returned and sent again. */
export async function insertSubmission(
  tx: DbOrTx,
  input: { applicationId: string; sequence: number; documentNumber: string; submittedAt: Date; submittedByName: string; snapshot: SubmissionRow['snapshot'] },
) {
  await tx.insert(behovsmeldingSubmission).values(input);
}

/** Marks the application sent with its latest document number. */
export async function markApplicationSubmitted(
  tx: DbOrTx,
  input: { id: string; documentNumber: string; submittedAt: Date; submittedByName: string; onExtension: boolean },
) {
  await tx
    .update(behovsmelding)
    .set({
      status: 'sendt',
      documentNumber: input.documentNumber,
      submittedAt: input.submittedAt,
      submittedByName: input.submittedByName,
      onExtension: input.onExtension,
      version: sql`${behovsmelding.version} + 1`,
      updatedAt: input.submittedAt,
    })
    .where(and(eq(behovsmelding.id, input.id)));
}

/** Reopens a sent application for correction, with the office's message and the resubmission window; counts the
 * returns. */
export async function markApplicationReturned(
  tx: DbOrTx,
  input: { id: string; message: string; returnedAt: Date; returnedByName: string; returnedByUserId: string | null; resubmitUntilLocal: string },
) {
  await tx
    .update(behovsmelding)
    .set({
      status: 'returnert',
      returnMessage: input.message,
      returnedAt: input.returnedAt,
      returnedByName: input.returnedByName,
      returnedByUserId: input.returnedByUserId,
      resubmitUntilLocal: input.resubmitUntilLocal,
      returnCount: sql`${behovsmelding.returnCount} + 1`,
      version: sql`${behovsmelding.version} + 1`,
      updatedAt: input.returnedAt,
    })
    .where(eq(behovsmelding.id, input.id));
}

/** A coordinator takes a submission back before the deadline: a draft again, its document number and frozen
 * snapshot kept (the archive has them), when and by whom recorded so the office's list shows it. */
export async function markApplicationWithdrawn(tx: DbOrTx, input: { id: string; withdrawnAt: Date; withdrawnByName: string }) {
  await tx
    .update(behovsmelding)
    .set({
      status: 'utkast',
      withdrawnAt: input.withdrawnAt,
      withdrawnByName: input.withdrawnByName,
      version: sql`${behovsmelding.version} + 1`,
      updatedAt: input.withdrawnAt,
    })
    .where(eq(behovsmelding.id, input.id));
}

/** Deletes a draft that was never submitted, with its fields and history (cascade) and its attachment rows. The
 * caller has checked that no submission exists (submissions are immutable and keep the row). Returns the attachment
 * file keys, for the caller to remove from the file store after commit. */
export async function deleteDraftApplication(tx: DbOrTx, id: string): Promise<string[]> {
  const removed = await tx.delete(behovsmeldingAttachment).where(eq(behovsmeldingAttachment.applicationId, id)).returning({ fileKey: behovsmeldingAttachment.fileKey });
  await tx.delete(behovsmelding).where(and(eq(behovsmelding.id, id), eq(behovsmelding.status, 'utkast')));
  return removed.map((r) => r.fileKey);
}

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

/** What the busiest requests — an autosave, a poll for changes — need to decide, in one statement (issue 11): the
 * application (share-locked for a save, so a submit waits for the save and the save for a submit), its
 * partnership's facts for the policy, its round's office, the stored `parts` field with its verdict (a part field is
 * taken only for a part the application has), the field being saved as it is now (its version decides a conflict;
 * its value is the audit row's "before"), and the change cursor (the newest change row). */
export type ApplicationContext = {
  app: ApplicationRow;
  partnership: { officeId: string; applicantId: string; coordinatorPersonId: string | null; memberIds: string[]; editorPersonIds: string[] };
  roundOfficeId: string;
  parts: { key: string; value: unknown; checkedCatalogueVersion: number; invalidMessage: string | null } | null;
  current: { value: unknown; version: number } | null;
  changeCursor: number;
  /** With `changesSince`: the fields saved after that change, oldest first (from the same snapshot as the cursor). */
  changes: FieldRow[] | null;
};

type ChangedFieldJson = Omit<FieldRow, 'updatedAt'> & { updatedAt: string };

// Field values are stored inside { "v": … } (schema/behovsmelding.ts), unwrapped here as the column type does.
export async function findApplicationContext(
  tx: DbOrTx,
  id: string,
  options: { key?: string; lock?: 'share'; changesSince?: number } = {},
): Promise<ApplicationContext | undefined> {
  if (!isUuid(id)) return undefined;
  const query = tx
    .select({
      app: behovsmelding,
      officeId: partnership.officeId,
      applicantId: partnership.applicantId,
      coordinatorPersonId: partnership.coordinatorPersonId,
      memberIds: sql<string[]>`coalesce((select json_agg(m.organisation_id) from ${partnershipMember} m where m.partnership_id = ${partnership.id}), '[]'::json)`,
      editorPersonIds: sql<string[]>`coalesce((select json_agg(e.person_id) from ${partnershipEditor} e where e.partnership_id = ${partnership.id}), '[]'::json)`,
      roundOfficeId: behovsmeldingRound.officeId,
      parts: sql<ApplicationContext['parts']>`(select json_build_object('key', f.key, 'value', f.value -> 'v', 'checkedCatalogueVersion', f.checked_catalogue_version, 'invalidMessage', f.invalid_message) from ${behovsmeldingField} f where f.application_id = ${behovsmelding.id} and f.key = 'parts')`,
      current:
        options.key === undefined
          ? sql<null>`null`
          : sql<ApplicationContext['current']>`(select json_build_object('value', f.value -> 'v', 'version', f.version) from ${behovsmeldingField} f where f.application_id = ${behovsmelding.id} and f.key = ${options.key})`,
      changeCursor: sql<number>`(select coalesce(max(c.id), 0) from ${behovsmeldingFieldChange} c where c.application_id = ${behovsmelding.id})`.mapWith(Number),
      // A poll for changes (half of all requests in a deadline rush) needs nothing else: one statement in all.
      changes:
        options.changesSince === undefined
          ? sql<null>`null`
          : sql<ChangedFieldJson[] | null>`(select json_agg(json_build_object('applicationId', f.application_id, 'key', f.key, 'value', f.value -> 'v', 'version', f.version, 'changeId', f.change_id, 'updatedByUserId', f.updated_by_user_id, 'updatedByName', f.updated_by_name, 'updatedAt', f.updated_at, 'checkedCatalogueVersion', f.checked_catalogue_version, 'invalidMessage', f.invalid_message) order by f.change_id) from ${behovsmeldingField} f where f.application_id = ${behovsmelding.id} and f.change_id > ${options.changesSince})`,
    })
    .from(behovsmelding)
    .innerJoin(partnership, eq(partnership.id, behovsmelding.partnershipId))
    .innerJoin(behovsmeldingRound, eq(behovsmeldingRound.id, behovsmelding.roundId))
    .where(eq(behovsmelding.id, id));
  const [row] = options.lock ? await query.for('share', { of: behovsmelding }) : await query;
  if (!row) return undefined;
  const { app, roundOfficeId, parts, current, changeCursor, changes, ...facts } = row;
  return {
    app,
    partnership: facts,
    roundOfficeId,
    parts,
    current,
    changeCursor,
    changes: options.changesSince === undefined ? null : (changes ?? []).map((c) => ({ ...c, changeId: Number(c.changeId), updatedAt: new Date(c.updatedAt) })),
  };
}
