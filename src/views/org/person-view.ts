// The person as the API shows it: the row with its organisation's name.
import type { PersonRow } from '../../db/org-repository.ts';

export type PersonView = PersonRow & { organisationName: string };

export function personView(row: { person: PersonRow; organisationName: string }): PersonView {
  return { ...row.person, organisationName: row.organisationName };
}
