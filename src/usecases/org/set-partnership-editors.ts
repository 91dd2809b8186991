// The coordinator (or the applicant's coordinators, or office staff) decides who else may edit the partnership,
// choosing among people of the member organisations only.
import { appendAudit } from '../../db/audit-repository.ts';
import { findPeopleByIds } from '../../db/org-repository.ts';
import { findPartnership, replaceEditors } from '../../db/partnership-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { ZPartnershipEditors } from '../../domain/org/partnership.ts';
import { AppError, type FieldError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';
import { editorOut } from '../../views/org/org-view.ts';

export async function setPartnershipEditors({ db, actor, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { personIds, expectedVersion } = parseInput(ZPartnershipEditors, input);
  return db.transaction(async (tx) => {
    const before = await findPartnership(tx, id);
    if (!before) throw AppError.notFound(msg('org.partnershipNotFound'));
    assertCan(actor, 'manage-editors', partnershipResource(before));
    if (expectedVersion !== undefined && expectedVersion !== before.version) throw staleVersion(msg('org.thePartnership'));

    const memberIds = new Set(before.members.map((m) => m.organisationId));
    const people = new Map((await findPeopleByIds(tx, personIds)).map((p) => [p.id, p]));
    const errors: FieldError[] = [];
    personIds.forEach((personId, i) => {
      const p = people.get(personId);
      if (!p) errors.push({ field: `personIds.${i}`, message: msg('org.personNotFound') });
      else if (!memberIds.has(p.organisationId))
        errors.push({ field: `personIds.${i}`, message: msg('org.editorNotInMember', { name: p.name }) });
    });
    if (errors.length) throw validationError(errors);

    await replaceEditors(tx, id, personIds);
    const after = await findPartnership(tx, id);
    if (!after) throw new Error('partnership vanished inside its own transaction');
    await appendAudit(tx, actor, {
      action: 'update-editors',
      entityType: 'partnership',
      entityId: id,
      before: { editors: before.editors.map((e) => e.personId) },
      after: { editors: after.editors.map((e) => e.personId) },
    });
    return after.editors.map(editorOut);
  });
}
