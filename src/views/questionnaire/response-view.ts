// What the API shows of a co-edited response: the catalogue it answers, each saved answer with its version (the
// form's base for the next save), the validation with each section's status, the change cursor to poll from, and
// the verbs the actor may use.
import type { AnswerFieldRow } from '../../db/questionnaire-field-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { questionnaireAllowedVerbs } from '../../domain/questionnaire/policy.ts';
import { validateResponse } from '../../domain/questionnaire/validate.ts';
import type { LoadedResponse } from '../../loaders/questionnaire/load-response.ts';
import { answerState, storedAnswers } from './stored-answers.ts';

export function responseView(actor: Actor, loaded: LoadedResponse, rows: readonly AnswerFieldRow[], changeCursor: number) {
  const { response, catalogue, resource } = loaded;
  const stored = storedAnswers(catalogue, rows);
  const validation = validateResponse(catalogue, stored.values, stored.invalid);
  return {
    id: response.id,
    questionnaire: { id: response.questionnaireId, version: response.questionnaireVersion, title: catalogue.title },
    subject: response.subject,
    status: response.status,
    createdByName: response.createdByName,
    editorUserIds: response.editorUserIds,
    version: response.version,
    createdAt: response.createdAt.toISOString(),
    updatedAt: response.updatedAt.toISOString(),
    catalogue,
    fields: Object.fromEntries(stored.shown.map((row) => [row.key, answerState(row)])),
    changeCursor,
    validation: {
      issues: validation.issues,
      sections: validation.sections,
      applicableKeys: validation.applicableKeys,
      canSubmit: validation.canSubmit,
    },
    allowed: questionnaireAllowedVerbs(actor, resource),
  };
}
export type ResponseView = ReturnType<typeof responseView>;
