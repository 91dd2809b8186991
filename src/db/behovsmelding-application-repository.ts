// Reads and writes of behovsmelding applications and their submissions (the frozen snapshots with document numbers).
// No access decisions here: use cases make them from what these functions return, and lists pass the policy's read
// scope, said in SQL here (an application's office is its round's).
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { partnershipScopeWhere } from './partnership-repository.ts';
import { behovsmelding, behovsmeldingRound, behovsmeldingSubmission, partnership } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';
import type { ApplicationScope } from '../domain/behovsmelding/policy.ts';

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

/** Reopens a sent application for correction, with the office's message; counts the returns. */
export async function markApplicationReturned(tx: DbOrTx, input: { id: string; message: string; returnedAt: Date; returnedByName: string }) {
  await tx
    .update(behovsmelding)
    .set({
      status: 'returnert',
      returnMessage: input.message,
      returnedAt: input.returnedAt,
      returnedByName: input.returnedByName,
      returnCount: sql`${behovsmelding.returnCount} + 1`,
      version: sql`${behovsmelding.version} + 1`,
      updatedAt: input.returnedAt,
    })
    .where(eq(behovsmelding.id, input.id));
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
