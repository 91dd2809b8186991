// Shared by the people use cases: the person as the API shows it, and the rule that an e-mail is unique within an
// organisation (two organisations may well know the same person by the same address).
import type { DbOrTx } from '../../db/client.ts';
import { findPersonByEmail, type PersonRow } from '../../db/org-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';

export type PersonView = PersonRow & { organisationName: string };

export function personView(row: { person: PersonRow; organisationName: string }): PersonView {
  return { ...row.person, organisationName: row.organisationName };
}

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
