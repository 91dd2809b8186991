// What a person form is checked against in the database: an e-mail is unique within an organisation (two
// organisations may well know the same person by the same address), and the organisation must exist.
import type { DbOrTx } from '../../db/client.ts';
import { findPersonByEmail } from '../../db/org-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';

export async function assertEmailFree(tx: DbOrTx, organisationId: string, email: string, exceptPersonId: string | null) {
  const existing = await findPersonByEmail(tx, organisationId, email);
  if (!existing || existing.id === exceptPersonId) return;
  const message = `Det finnes allerede en kontaktperson med e-postadressen ${email} i denne organisasjonen`;
  throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'email', message }] });
}

/** The organisation a person form names must exist; a 400 on the field, not a database error. */
export function unknownOrganisation(): AppError {
  const message = 'Fant ikke organisasjonen';
  return new AppError('VALIDATION', message, { fieldErrors: [{ field: 'organisationId', message }] });
}
