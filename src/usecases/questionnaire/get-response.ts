// One co-edited response with its catalogue, answers, validation and each section's status.
import { latestAnswerChangeId, loadAnswerFields } from '../../db/questionnaire-field-repository.ts';
import { loadResponse } from '../../loaders/questionnaire/load-response.ts';
import { responseView } from '../../views/questionnaire/response-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function getResponse({ db, actor, id }: UseCaseContext & { id: string }) {
  const loaded = await loadResponse(db, actor, id, 'read');
  const [rows, cursor] = await Promise.all([loadAnswerFields(db, loaded.response.id), latestAnswerChangeId(db, loaded.response.id)]);
  return responseView(actor, loaded, rows, cursor);
}
