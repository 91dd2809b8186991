import { listOrganisations as listRows } from '../../db/org-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../context.ts';
import { organisationOut } from '../../views/org/org-view.ts';

export type ListOrganisationsOptions = UseCaseContext & { kind?: string | undefined; q?: string | undefined; officeId?: string | undefined };

export async function listOrganisations({ db, actor, ...filter }: ListOrganisationsOptions) {
  assertCan(actor, 'read', { type: 'organisation', id: null, officeId: null });
  return (await listRows(db, filter)).map(organisationOut);
}
