// Co-edited questionnaire responses and their submissions (the frozen snapshots). The answers themselves are in
// questionnaire-field-repository.ts. No access decisions here: use cases make them from what these return.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { questionnaireResponse, questionnaireSubmission } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';
import type { TQuestionnaireSnapshot } from '../domain/questionnaire/snapshot.ts';

export type ResponseRow = typeof questionnaireResponse.$inferSelect;
export type QuestionnaireSubmissionRow = typeof questionnaireSubmission.$inferSelect;

export async function insertResponse(
  tx: DbOrTx,
  input: {
    questionnaireId: string;
    questionnaireVersion: number;
    subject: string;
    createdByUserId: string | null;
    createdByName: string;
    editorUserIds: string[];
    at: Date;
  },
): Promise<ResponseRow> {
  const { at, ...values } = input;
  const [row] = await tx.insert(questionnaireResponse).values({ ...values, createdAt: at, updatedAt: at }).returning();
  return row!;
}

/** `lock`: 'share' for a save (saves of different answers run side by side), 'update' for a submit (waits for them). */
export async function findResponse(db: DbOrTx, id: string, lock?: 'share' | 'update'): Promise<ResponseRow | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(questionnaireResponse).where(eq(questionnaireResponse.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/** Freezes the response as submitted. One per response (unique index), never changed (trigger). */
export async function insertResponseSubmission(
  tx: DbOrTx,
  input: { responseId: string; submittedAt: Date; submittedByName: string; snapshot: TQuestionnaireSnapshot },
): Promise<QuestionnaireSubmissionRow> {
  const [row] = await tx
    .insert(questionnaireSubmission)
    .values({ ...input, questionnaireId: input.snapshot.questionnaireId, questionnaireVersion: input.snapshot.questionnaireVersion })
    .returning();
  return row!;
}

export async function findResponseSubmission(db: DbOrTx, responseId: string): Promise<QuestionnaireSubmissionRow | undefined> {
  if (!isUuid(responseId)) return undefined;
  const [row] = await db.select().from(questionnaireSubmission).where(eq(questionnaireSubmission.responseId, responseId));
  return row;
}

export async function markResponseSubmitted(tx: DbOrTx, input: { id: string; at: Date }) {
  await tx
    .update(questionnaireResponse)
    .set({ status: 'submitted', version: sql`${questionnaireResponse.version} + 1`, updatedAt: input.at })
    .where(eq(questionnaireResponse.id, input.id));
}
