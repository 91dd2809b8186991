// What other writers saved since the form last looked: the current state of every answer changed after `since`,
// and the cursor to ask from next time.
import { answersChangedSince, latestAnswerChangeId } from '../../db/questionnaire-field-repository.ts';
import { ZResponseChangesQuery } from '../../domain/questionnaire/inputs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { loadResponse } from '../../loaders/questionnaire/load-response.ts';
import { shownAnswerState } from '../../views/questionnaire/stored-answers.ts';
import type { UseCaseContext } from '../context.ts';

export async function listResponseChanges({ db, actor, id, since }: UseCaseContext & { id: string; since: unknown }) {
  const { response, catalogue } = await loadResponse(db, actor, id, 'read');
  const from = parseInput(ZResponseChangesQuery, { since }).since;
  const [rows, cursor] = await Promise.all([answersChangedSince(db, response.id, from), latestAnswerChangeId(db, response.id)]);
  return { changeCursor: cursor, changes: rows.map((row) => ({ key: row.key, ...shownAnswerState(catalogue, row) })) };
}
