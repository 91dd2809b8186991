// Loads the office whose frames a use case reads or writes, and answers "not found" the same way everywhere.
import type { DbOrTx } from '../../db/client.ts';
import { findOffice } from '../../db/forum-frame-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

export async function loadFrameOffice(db: DbOrTx, officeId: string) {
  const found = await findOffice(db, officeId);
  if (!found) throw AppError.notFound(msg('forum.frame.officeNotFound'));
  return found;
}
