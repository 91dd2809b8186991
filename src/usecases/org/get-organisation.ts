import { findOrganisation } from '../../db/org-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { UseCaseContext } from '../context.ts';
import { organisationOut } from '../../views/org/org-view.ts';

export async function getOrganisation({ db, actor, id }: UseCaseContext & { id: string }) {
  const org = await findOrganisation(db, id);
  if (!org) throw AppError.notFound(msg('org.organisationNotFound'));
  const resource = { type: 'organisation', id: org.id, officeId: org.officeId } as const;
  assertCan(actor, 'read', resource);
  return {
    ...organisationOut(org),
    /** The verbs this actor may use on the organisation; the UI offers exactly these ('edit': "Rediger"). */
    allowed: allowedVerbs(actor, resource),
    /** The verbs on the organisation's people (contact details, "Ny person"), asked before the UI loads them. */
    peopleAllowed: allowedVerbs(actor, { type: 'person', organisationId: org.id, officeId: org.officeId }),
  };
}
