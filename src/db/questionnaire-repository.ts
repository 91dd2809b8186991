// Published questionnaire catalogues: one row per id and version, never changed (trigger). No access decisions here.
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { questionnaire } from './schema/index.ts';
import type { TCatalogue } from '../domain/questionnaire/catalogue.ts';

export type QuestionnaireRow = typeof questionnaire.$inferSelect;

/** Publishes a catalogue version; undefined when that id and version exist already. */
export async function insertQuestionnaire(tx: DbOrTx, input: { catalogue: TCatalogue; at: Date }): Promise<QuestionnaireRow | undefined> {
  const [row] = await tx
    .insert(questionnaire)
    .values({ id: input.catalogue.id, version: input.catalogue.version, catalogue: input.catalogue, createdAt: input.at })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** One version of a questionnaire, or (no version) its latest. */
export async function findQuestionnaire(db: DbOrTx, id: string, version?: number): Promise<QuestionnaireRow | undefined> {
  const [row] = await db
    .select()
    .from(questionnaire)
    .where(and(eq(questionnaire.id, id), version === undefined ? undefined : eq(questionnaire.version, version)))
    .orderBy(desc(questionnaire.version))
    .limit(1);
  return row;
}
