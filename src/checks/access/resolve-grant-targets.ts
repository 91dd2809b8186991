// Checks that the offices and organisations named by roles exist, and adds each organisation's office so the
// policy can tell whether a case officer's office covers it.
import type { DbOrTx } from '../../db/client.ts';
import { findOffice, findOrganisation } from '../../db/org-repository.ts';
import type { GrantTarget } from '../../domain/access/policy.ts';
import type { TRoleGrantInput } from '../../domain/access/roles.ts';
import type { FieldError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { validationError } from '../../domain/shared/parse.ts';

/** `fieldPrefix` names the fields as the form does: 'roles.0.' for an invitation, '' for a single grant. */
export async function resolveGrantTargets(
  tx: DbOrTx,
  roles: TRoleGrantInput[],
  fieldPrefix: (index: number) => string,
): Promise<GrantTarget[]> {
  const fieldErrors: FieldError[] = [];
  const targets: GrantTarget[] = [];
  for (const [i, r] of roles.entries()) {
    if (r.officeId && !(await findOffice(tx, r.officeId)))
      fieldErrors.push({ field: `${fieldPrefix(i)}officeId`, message: msg('access.unknownOffice') });
    let organisationOfficeId: string | null = null;
    if (r.organisationId) {
      const org = await findOrganisation(tx, r.organisationId);
      if (!org) fieldErrors.push({ field: `${fieldPrefix(i)}organisationId`, message: msg('access.unknownOrganisation') });
      organisationOfficeId = org?.officeId ?? null;
    }
    targets.push({ ...r, organisationOfficeId });
  }
  if (fieldErrors.length) throw validationError(fieldErrors);
  return targets;
}
