// The person as the API shows it (src/domain/org/contract.ts): the row's contact details with its organisation's
// name, never the row's bookkeeping (timestamps) or a column added later.
import type { PersonRow } from '../../db/org-repository.ts';
import type { Person } from '../../domain/org/contract.ts';

export function personView(row: { person: PersonRow; organisationName: string }): Person {
  const p = row.person;
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    phone: p.phone,
    title: p.title,
    organisationId: p.organisationId,
    organisationName: row.organisationName,
    version: p.version,
  };
}
