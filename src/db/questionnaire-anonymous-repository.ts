// One-shot anonymous answers: one row per answer, written once at submit. What is NOT here is the point: no user,
// session, IP, instant or sequence number — only the catalogue version, the answers and the day (ADR 020).
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { questionnaireAnonymousAnswer } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type AnonymousAnswerRow = typeof questionnaireAnonymousAnswer.$inferSelect;

/** `submittedOn`: yyyy-mm-dd; the caller gives the day, never an instant (see questionnaire-storage.ts). */
export async function insertAnonymousAnswer(
  tx: DbOrTx,
  input: { questionnaireId: string; questionnaireVersion: number; submittedOn: string; answers: Record<string, unknown> },
): Promise<AnonymousAnswerRow> {
  const [row] = await tx.insert(questionnaireAnonymousAnswer).values(input).returning();
  return row!;
}

export async function findAnonymousAnswer(db: DbOrTx, id: string): Promise<AnonymousAnswerRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(questionnaireAnonymousAnswer).where(eq(questionnaireAnonymousAnswer.id, id));
  return row;
}

/** Every anonymous answer to one questionnaire version (for tallies and exports), in the order of their random ids:
 * never in the order they came, which could be matched with logins. */
export async function listAnonymousAnswers(db: DbOrTx, questionnaireId: string, questionnaireVersion: number): Promise<AnonymousAnswerRow[]> {
  return db
    .select()
    .from(questionnaireAnonymousAnswer)
    .where(and(eq(questionnaireAnonymousAnswer.questionnaireId, questionnaireId), eq(questionnaireAnonymousAnswer.questionnaireVersion, questionnaireVersion)))
    .orderBy(asc(questionnaireAnonymousAnswer.id));
}
