// The editors named when a response is started must be users who can log in: an unknown or disabled id is an error
// at its place in the list, not an editor no one can ever be.
import { findUser } from '../../db/access-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { validationError } from '../../domain/shared/parse.ts';

export async function assertEditorsExist(db: DbOrTx, editorUserIds: readonly string[]): Promise<void> {
  const errors = [];
  for (const [i, id] of editorUserIds.entries()) {
    const user = await findUser(db, id);
    if (!user || user.disabled) errors.push({ field: `editors.${i}`, message: msg('questionnaire.response.editorUnknown', { id }) });
  }
  if (errors.length) throw validationError(errors);
}
