// The two storages of questionnaire answers behind one small interface (ADR 020). A use case validates the whole
// answer and hands it to the storage of its questionnaire, which freezes it; documents read it back as a snapshot.
// - coEditedStorage: the response's submission row, with the instant and the name of whoever submitted it (the
//   answers were saved field by field with their history before, questionnaire-field-repository.ts);
// - anonymousStorage: one row with the answers and the day. Its origin is `null`, so no caller can hand it a user,
//   session or IP; the instant it is given is cut to the Europe/Oslo day here, before anything is written.
import type { DbOrTx } from './client.ts';
import { findAnonymousAnswer, insertAnonymousAnswer } from './questionnaire-anonymous-repository.ts';
import { findResponseSubmission, insertResponseSubmission } from './questionnaire-response-repository.ts';
import type { TStorageKind } from '../domain/questionnaire/catalogue.ts';
import { osloDay, QUESTIONNAIRE_SNAPSHOT_FORMAT, type TQuestionnaireSnapshot } from '../domain/questionnaire/snapshot.ts';

/** Validated answers (validate.ts: those that count) of one catalogue version, and when they were submitted. */
export type TSubmittedAnswers = { questionnaireId: string; questionnaireVersion: number; answers: Record<string, unknown>; at: Date };

export interface AnswerStorage<TOrigin> {
  readonly kind: TStorageKind;
  /** Freezes the answers as submitted; the id to find them by, and the snapshot as stored. */
  storeSubmission(tx: DbOrTx, submitted: TSubmittedAnswers, origin: TOrigin): Promise<{ id: string; snapshot: TQuestionnaireSnapshot }>;
  /** A submission by the id `storeSubmission` gave. */
  findSubmission(db: DbOrTx, id: string): Promise<TQuestionnaireSnapshot | undefined>;
}

/** Where a co-edited submission comes from: the response (its id is the submission's id) and who sent it. */
export type TCoEditedOrigin = { responseId: string; subject: string; byName: string };

export const coEditedStorage: AnswerStorage<TCoEditedOrigin> = {
  kind: 'co-edited',
  async storeSubmission(tx, submitted, origin) {
    const snapshot: TQuestionnaireSnapshot = {
      format: QUESTIONNAIRE_SNAPSHOT_FORMAT,
      questionnaireId: submitted.questionnaireId,
      questionnaireVersion: submitted.questionnaireVersion,
      subject: origin.subject,
      answers: submitted.answers,
      submittedOn: osloDay(submitted.at),
      submittedAt: submitted.at.toISOString(),
      submittedByName: origin.byName,
    };
    await insertResponseSubmission(tx, { responseId: origin.responseId, submittedAt: submitted.at, submittedByName: origin.byName, snapshot });
    return { id: origin.responseId, snapshot };
  },
  async findSubmission(db, responseId) {
    return (await findResponseSubmission(db, responseId))?.snapshot;
  },
};

/** An anonymous answer has no origin: there is nothing about the respondent to store. */
export const anonymousStorage: AnswerStorage<null> = {
  kind: 'anonymous',
  async storeSubmission(tx, submitted) {
    const row = await insertAnonymousAnswer(tx, {
      questionnaireId: submitted.questionnaireId,
      questionnaireVersion: submitted.questionnaireVersion,
      submittedOn: osloDay(submitted.at),
      answers: submitted.answers,
    });
    return { id: row.id, snapshot: anonymousSnapshot(row) };
  },
  async findSubmission(db, id) {
    const row = await findAnonymousAnswer(db, id);
    return row ? anonymousSnapshot(row) : undefined;
  },
};

function anonymousSnapshot(row: { questionnaireId: string; questionnaireVersion: number; submittedOn: string; answers: Record<string, unknown> }): TQuestionnaireSnapshot {
  return {
    format: QUESTIONNAIRE_SNAPSHOT_FORMAT,
    questionnaireId: row.questionnaireId,
    questionnaireVersion: row.questionnaireVersion,
    subject: null,
    answers: row.answers,
    submittedOn: row.submittedOn,
    submittedAt: null,
    submittedByName: null,
  };
}
