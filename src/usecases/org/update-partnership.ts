// Saves the whole partnership form: the row, its members and its units in one transaction and one audit row.
// Fields that decide who controls the partnership (applicant, payee, coordinator) are kept to those who manage its
// editors, so a granted editor cannot make themselves coordinator. Moving it to another office is the offices'
// business alone (the case officers of both), and not once it has applications sent to the office it is in.
import { appendAudit } from '../../db/audit-repository.ts';
import { lockSentApplicationsOfPartnership } from '../../db/behovsmelding-application-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { findPeopleByIds } from '../../db/org-repository.ts';
import { findPartnership, replaceEditors, replaceMembersAndUnits, updatePartnershipIfUnchanged } from '../../db/partnership-repository.ts';
import { assertCan, can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { ZPartnershipUpdate } from '../../domain/org/partnership.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { staleVersion } from '../../domain/shared/stale-version.ts';
import { checkPartnershipInput } from '../../checks/org/check-partnership-input.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';
import { partnershipSnapshot } from '../../views/org/partnership-snapshot.ts';
import { partnershipOut } from '../../views/org/org-view.ts';

const CONTROL_FIELDS = ['applicantId', 'payeeId', 'coordinatorPersonId'] as const;

export async function updatePartnership({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { expectedVersion, ...data } = parseInput(ZPartnershipUpdate, input);
  return db.transaction(async (tx) => {
    const before = await findPartnership(tx, id);
    if (!before) throw AppError.notFound(msg('org.partnershipNotFound'));
    assertCan(actor, 'edit', partnershipResource(before));
    const changed = CONTROL_FIELDS.filter((f) => data[f] !== before[f]);
    if (changed.length && !can(actor, 'manage-editors', partnershipResource(before))) {
      const message = msg('org.controlFieldsForbidden');
      throw new AppError('FORBIDDEN', message, { fieldErrors: changed.map((field) => ({ field, message })) });
    }
    if (data.officeId !== before.officeId) await assertMayMove(tx, actor, before, data.officeId);
    await checkPartnershipInput(tx, data);

    const { members, units, ...row } = data;
    const updated = await updatePartnershipIfUnchanged(tx, { id, expectedVersion, values: row, at: clock.now() });
    if (!updated) throw staleVersion(msg('org.thePartnership'));
    await replaceMembersAndUnits(tx, id, { members, units });
    // Edit rights are for people of member organisations: an organisation that leaves takes its editors along.
    const memberIds = new Set(members.map((m) => m.organisationId));
    const editors = await findPeopleByIds(tx, before.editors.map((e) => e.personId));
    const kept = editors.filter((p) => memberIds.has(p.organisationId)).map((p) => p.id);
    if (kept.length !== before.editors.length) await replaceEditors(tx, id, kept);

    const after = await findPartnership(tx, id);
    if (!after) throw new Error('partnership vanished inside its own transaction');
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'partnership',
      entityId: id,
      before: partnershipSnapshot(before),
      after: partnershipSnapshot(after),
    });
    return partnershipOut(after);
  });
}

/** A move takes the partnership from one office's books to another's. Its submitted applications are filed in the
 * first office's case and weighed in its round: moving those would take them from the office that holds them. */
async function assertMayMove(tx: DbOrTx, actor: Actor, before: Parameters<typeof partnershipResource>[0] & { id: string }, officeId: string) {
  if (!can(actor, 'move', { ...partnershipResource(before), moveToOfficeId: officeId })) {
    const message = msg('org.moveForbidden');
    throw new AppError('FORBIDDEN', message, { fieldErrors: [{ field: 'officeId', message }] });
  }
  // Share-locked, so a submit that is under way (it locks the application for update) finishes first and is seen.
  const sent = await lockSentApplicationsOfPartnership(tx, before.id);
  if (sent.length)
    throw new AppError(
      'CONFLICT',
      sent.length === 1 ? msg('org.moveBlockedOne') : msg('org.moveBlockedMany', { count: sent.length }),
      { fieldErrors: [{ field: 'officeId', message: msg('org.moveBlocked') }] },
    );
}
