// What other writers saved since the form last looked: the current state of every field changed after `since`.
import { fieldsChangedSince, latestChangeId } from '../../db/behovsmelding-field-repository.ts';
import { ZFieldChangesQuery } from '../../domain/behovsmelding/queries.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { shownFieldState } from '../../views/behovsmelding/stored-fields.ts';

export async function listFieldChanges({ db, actor, id, since }: UseCaseContext & { id: string; since: unknown }) {
  const { app } = await loadApplication(db, actor, id, 'read');
  const from = parseInput(ZFieldChangesQuery, { since }).since;
  const [rows, cursor] = await Promise.all([fieldsChangedSince(db, app.id, from), latestChangeId(db, app.id)]);
  return { changeCursor: cursor, changes: rows.map((r) => ({ key: r.key, ...shownFieldState(r) })) };
}
