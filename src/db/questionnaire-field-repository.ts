// The answers of co-edited questionnaire responses, through the one co-edited field store (versioned-fields.ts) on the
// engine's own tables: the current value of each answer, one change row per save (the history), and what changed since
// a change cursor. No access decisions here: use cases make them.
import type { DbOrTx } from './client.ts';
import { questionnaireField, questionnaireFieldChange } from './schema/index.ts';
import { versionedFields } from './versioned-fields.ts';
import type { Actor } from '../domain/access/roles.ts';

export type AnswerFieldRow = typeof questionnaireField.$inferSelect;
export type AnswerChangeRow = typeof questionnaireFieldChange.$inferSelect;

const store = versionedFields({ field: questionnaireField, change: questionnaireFieldChange, ownerColumn: 'responseId' });

export function loadAnswerFields(db: DbOrTx, responseId: string): Promise<AnswerFieldRow[]> {
  return store.load(db, responseId);
}

export function findAnswerField(db: DbOrTx, responseId: string, key: string): Promise<AnswerFieldRow | undefined> {
  return store.find(db, responseId, key);
}

/**
 * Saves an answer if it is still at `baseVersion` (0 = never saved): one change row and the field row, atomically.
 * Undefined when someone saved it in between, so of two concurrent saves from the same base exactly one wins.
 */
export function saveAnswerIfUnchanged(
  tx: DbOrTx,
  input: { responseId: string; key: string; value: unknown; baseVersion: number; actor: Actor; at: Date },
): Promise<(AnswerFieldRow & { changeCursor: number }) | undefined> {
  const { responseId, ...save } = input;
  return store.saveIfUnchanged(tx, { ...save, ownerId: responseId });
}

/** The newest change row of the response (0 when nothing was saved): the cursor a form polls from. */
export function latestAnswerChangeId(db: DbOrTx, responseId: string): Promise<number> {
  return store.latestChangeId(db, responseId);
}

/** The current state of every answer saved after the change cursor `since`. */
export function answersChangedSince(db: DbOrTx, responseId: string, since: number): Promise<AnswerFieldRow[]> {
  return store.changedSince(db, responseId, since);
}

/** Every save of the response's answers (or of one), newest first. */
export function answerHistory(db: DbOrTx, responseId: string, key?: string, limit = 500): Promise<AnswerChangeRow[]> {
  return store.history(db, responseId, key, limit);
}
