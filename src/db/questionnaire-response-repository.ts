// Co-edited questionnaire responses and their submissions (the frozen snapshots). The answers themselves are in
// questionnaire-field-repository.ts. No access decisions here: use cases make them from what these return, and
// lists take the policy's read scope (ADR 013), which `responseScopeWhere` says in SQL.
import { and, asc, desc, eq, max, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { personScopeWhere } from './org-repository.ts';
import { scopeWhere } from './read-scope-sql.ts';
import { appUser, organisation, person, questionnaire, questionnaireField, questionnaireResponse, questionnaireSubmission } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';
import type { PersonScope } from '../domain/org/policy.ts';
import type { ResponseScope } from '../domain/questionnaire/policy.ts';
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

/** The response read scope (src/domain/questionnaire/policy.ts) as a `where` over `questionnaire_response`. */
export function responseScopeWhere(scope: ResponseScope): SQL | undefined {
  return scopeWhere(scope, (c) =>
    'creatorUserIs' in c
      ? isUuid(c.creatorUserIs)
        ? eq(questionnaireResponse.createdByUserId, c.creatorUserIs)
        : sql`false`
      : isUuid(c.editorUserIs)
        ? sql`${c.editorUserIs}::uuid = any(${questionnaireResponse.editorUserIds})`
        : sql`false`,
  );
}

/** The last save of any answer of each response (a response row changes only at start and submit). */
const lastAnswerSave = (db: DbOrTx) =>
  db.select({ responseId: questionnaireField.responseId, at: max(questionnaireField.updatedAt).as('last_answer_at') }).from(questionnaireField).groupBy(questionnaireField.responseId).as('last_answer');

/** The responses in the scope with their questionnaire version's title and their last change, latest first. */
export async function listResponses(db: DbOrTx, filter: { scope: ResponseScope }) {
  const last = lastAnswerSave(db);
  const lastChangedAt = sql`greatest(${questionnaireResponse.updatedAt}, coalesce(${last.at}, ${questionnaireResponse.updatedAt}))`;
  return db
    .select({
      response: questionnaireResponse,
      catalogue: questionnaire.catalogue,
      lastChangedAt: lastChangedAt.mapWith((v: string | Date) => (v instanceof Date ? v : new Date(v))),
    })
    .from(questionnaireResponse)
    .innerJoin(questionnaire, and(eq(questionnaire.id, questionnaireResponse.questionnaireId), eq(questionnaire.version, questionnaireResponse.questionnaireVersion)))
    .leftJoin(last, eq(last.responseId, questionnaireResponse.id))
    .where(responseScopeWhere(filter.scope))
    .orderBy(desc(lastChangedAt), asc(questionnaireResponse.id));
}

/** Users who can log in whose person is in the scope (the people the starter may see), by name: who a response's
 * starter may name as editors. Read here, not in the access repository, because only the questionnaire asks it. */
export async function listEditorCandidates(db: DbOrTx, filter: { scope: PersonScope }) {
  return db
    .select({ userId: appUser.id, name: person.name, organisationName: organisation.name })
    .from(appUser)
    .innerJoin(person, eq(person.id, appUser.personId))
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .where(and(eq(appUser.disabled, false), personScopeWhere(filter.scope)))
    .orderBy(asc(person.name), asc(appUser.id));
}
