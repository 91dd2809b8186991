// What other writers saved since the form last looked: the current state of every field changed after `since`.
import { fieldsChangedSince } from '../../db/behovsmelding-field-repository.ts';
import { ZFieldChangesQuery } from '../../domain/behovsmelding/queries.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplicationContext } from '../../loaders/behovsmelding/load-application-context.ts';
import { shownFieldState } from '../../views/behovsmelding/stored-fields.ts';

export async function listFieldChanges({ db, actor, id, since }: UseCaseContext & { id: string; since: unknown }) {
  // Polled every few seconds by every open form: the application, its access facts and the cursor in one statement,
  // the changes in a second (issue 11). The cursor is read first, so no change after it is ever skipped: a save
  // that lands between the two reads comes again in the next poll.
  const { app, changeCursor } = await loadApplicationContext(db, actor, id, 'read');
  const from = parseInput(ZFieldChangesQuery, { since }).since;
  const rows = await fieldsChangedSince(db, app.id, from);
  return { changeCursor, changes: rows.map((r) => ({ key: r.key, ...shownFieldState(r) })) };
}
