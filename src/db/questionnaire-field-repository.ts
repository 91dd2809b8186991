// The answers of co-edited questionnaire responses as versioned fields (as behovsmelding-field-repository.ts): the
// current value of each answer, one change row per save (the history), and what changed since a change cursor.
// No access decisions here: use cases make them.
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { questionnaireField, questionnaireFieldChange } from './schema/index.ts';
import type { Actor } from '../domain/access/roles.ts';

export type AnswerFieldRow = typeof questionnaireField.$inferSelect;
export type AnswerChangeRow = typeof questionnaireFieldChange.$inferSelect;

export async function loadAnswerFields(db: DbOrTx, responseId: string): Promise<AnswerFieldRow[]> {
  return db.select().from(questionnaireField).where(eq(questionnaireField.responseId, responseId));
}

export async function findAnswerField(db: DbOrTx, responseId: string, key: string): Promise<AnswerFieldRow | undefined> {
  const [row] = await db
    .select()
    .from(questionnaireField)
    .where(and(eq(questionnaireField.responseId, responseId), eq(questionnaireField.key, key)));
  return row;
}

/**
 * Saves an answer if it is still at `baseVersion` (0 = never saved): one change row and the field row, atomically.
 * Undefined when someone saved it in between (the conditional insert/update matched no row), so of two concurrent
 * saves from the same base exactly one wins, on PGlite and on a PostgreSQL server.
 */
export async function saveAnswerIfUnchanged(
  tx: DbOrTx,
  input: { responseId: string; key: string; value: unknown; baseVersion: number; actor: Actor; at: Date },
): Promise<AnswerFieldRow | undefined> {
  const version = input.baseVersion + 1;
  const [change] = await tx
    .insert(questionnaireFieldChange)
    .values({ responseId: input.responseId, key: input.key, value: input.value, version, byUserId: input.actor.userId, byName: input.actor.name, at: input.at })
    .returning({ id: questionnaireFieldChange.id });
  const values = {
    value: input.value,
    version,
    changeId: change!.id,
    updatedByUserId: input.actor.userId,
    updatedByName: input.actor.name,
    updatedAt: input.at,
  };
  const saved =
    input.baseVersion === 0
      ? await tx
          .insert(questionnaireField)
          .values({ responseId: input.responseId, key: input.key, ...values })
          .onConflictDoNothing()
          .returning()
      : await tx
          .update(questionnaireField)
          .set(values)
          .where(and(eq(questionnaireField.responseId, input.responseId), eq(questionnaireField.key, input.key), eq(questionnaireField.version, input.baseVersion)))
          .returning();
  return saved[0];
}

/** The newest change row of the response (0 when nothing was saved): the cursor a form polls from. */
export async function latestAnswerChangeId(db: DbOrTx, responseId: string): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${questionnaireFieldChange.id}), 0)`.mapWith(Number) })
    .from(questionnaireFieldChange)
    .where(eq(questionnaireFieldChange.responseId, responseId));
  return row?.id ?? 0;
}

/** The current state of every answer saved after the change cursor `since`. */
export async function answersChangedSince(db: DbOrTx, responseId: string, since: number): Promise<AnswerFieldRow[]> {
  return db
    .select()
    .from(questionnaireField)
    .where(and(eq(questionnaireField.responseId, responseId), gt(questionnaireField.changeId, since)))
    .orderBy(asc(questionnaireField.changeId));
}

/** Every save of the response's answers (or of one), newest first. */
export async function answerHistory(db: DbOrTx, responseId: string, key?: string, limit = 500): Promise<AnswerChangeRow[]> {
  return db
    .select()
    .from(questionnaireFieldChange)
    .where(and(eq(questionnaireFieldChange.responseId, responseId), key ? eq(questionnaireFieldChange.key, key) : undefined))
    .orderBy(desc(questionnaireFieldChange.id))
    .limit(limit);
}
