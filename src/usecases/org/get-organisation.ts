import { findOrganisation } from '../../db/org-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import type { UseCaseContext } from '../shared/context.ts';

export async function getOrganisation({ db, actor, id }: UseCaseContext & { id: string }) {
  const org = await findOrganisation(db, id);
  if (!org) throw AppError.notFound('Fant ikke organisasjonen');
  assertCan(actor, 'read', { type: 'organisation', id: org.id, officeId: org.officeId });
  return org;
}
