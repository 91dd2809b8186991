// What is frozen when a questionnaire is submitted: which catalogue (id and version — a published version never
// changes) and the answers that count (validate.ts: answers of questions that apply, valid, trimmed). Documents are
// rendered from it with its catalogue, so a document always shows what was sent.
//
// The two storages (ADR 020) freeze different amounts of "when and who": a co-edited response keeps the instant and
// the name of whoever submitted it; an anonymous answer keeps only the day (Europe/Oslo) and no one.
import { osloWallClock, pad } from '../shared/oslo-time.ts';
import type { TCatalogue } from './catalogue.ts';

export const QUESTIONNAIRE_SNAPSHOT_FORMAT = 'kompetanseloft.questionnaire/1';

export type TQuestionnaireSnapshot = {
  format: typeof QUESTIONNAIRE_SNAPSHOT_FORMAT;
  questionnaireId: string;
  questionnaireVersion: number;
  /** What a co-edited response is about ("Tromsø kommune, barnehagene"); null for an anonymous answer. */
  subject: string | null;
  answers: Record<string, unknown>;
  /** The day it was submitted, yyyy-mm-dd in Europe/Oslo. */
  submittedOn: string;
  /** The instant, ISO 8601 — co-edited responses only (null for an anonymous answer). */
  submittedAt: string | null;
  /** Who submitted — co-edited responses only (null for an anonymous answer). */
  submittedByName: string | null;
};

/** A snapshot with its catalogue: what documents are rendered from. */
export type TSubmittedQuestionnaire = TQuestionnaireSnapshot & { catalogue: TCatalogue };

/** The Europe/Oslo day of an instant, yyyy-mm-dd: all an anonymous answer keeps of when it came. */
export function osloDay(instant: Date): string {
  const t = osloWallClock(instant);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}
