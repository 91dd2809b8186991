// What a person form is checked against in the database: an e-mail is unique within an organisation (two
// organisations may well know the same person by the same address), and the organisation must exist.
import type { DbOrTx } from '../../db/client.ts';
import { findPersonByEmail } from '../../db/org-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

export async function assertEmailFree(tx: DbOrTx, organisationId: string, email: string, exceptPersonId: string | null) {
  const existing = await findPersonByEmail(tx, organisationId, email);
  if (!existing || existing.id === exceptPersonId) return;
  const message = msg('org.emailTaken', { email });
  throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'email', message }] });
}

/** The organisation a person form names must exist; a 400 on the field, not a database error. */
export function unknownOrganisation(): AppError {
  const message = msg('org.organisationNotFound');
  return new AppError('VALIDATION', message, { fieldErrors: [{ field: 'organisationId', message }] });
}
