// What other writers saved since the form last looked: the current state of every field changed after `since`.
import { ZFieldChangesQuery } from '../../domain/behovsmelding/queries.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplicationContext } from '../../loaders/behovsmelding/load-application-context.ts';
import { shownFieldState } from '../../views/behovsmelding/stored-fields.ts';

export async function listFieldChanges({ db, actor, id, since }: UseCaseContext & { id: string; since: unknown }) {
  // Polled every few seconds by every open form: the application, its access facts, the cursor and the changes in
  // one statement (issue 11), so cursor and changes come from one snapshot and no change after the cursor is missed.
  // The changes are read before access is decided and given out only after it.
  const from = parseInput(ZFieldChangesQuery, { since }).since;
  const { changeCursor, changes } = await loadApplicationContext(db, actor, id, 'read', { changesSince: from });
  return { changeCursor, changes: (changes ?? []).map((r) => ({ key: r.key, ...shownFieldState(r) })) };
}
