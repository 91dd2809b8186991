// Saves the whole partnership form: the row, its members and its units in one transaction and one audit row.
// Fields that decide who controls the partnership (office, applicant, payee, coordinator) are kept to those who
// manage its editors, so a granted editor cannot make themselves coordinator.
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-repository.ts';
import { findPeopleByIds } from '../../db/org-repository.ts';
import { findPartnership, replaceEditors, replaceMembersAndUnits } from '../../db/partnership-repository.ts';
import { partnership } from '../../db/schema/index.ts';
import { assertCan, can } from '../../domain/access/policy.ts';
import { ZPartnershipUpdate } from '../../domain/org/partnership.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../shared/context.ts';
import { staleVersion } from '../shared/stale-version.ts';
import { checkPartnershipInput } from './check-partnership-input.ts';
import { partnershipEditorsResource, partnershipResource, partnershipSnapshot } from './partnership-access.ts';

const CONTROL_FIELDS = ['officeId', 'applicantId', 'payeeId', 'coordinatorPersonId'] as const;

export async function updatePartnership({ db, actor, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { expectedVersion, ...data } = parseInput(ZPartnershipUpdate, input);
  return db.transaction(async (tx) => {
    const before = await findPartnership(tx, id);
    if (!before) throw AppError.notFound('Fant ikke partnerskapet');
    assertCan(actor, 'update', partnershipResource(before));
    const changed = CONTROL_FIELDS.filter((f) => data[f] !== before[f]);
    if (changed.length && !can(actor, 'update', partnershipEditorsResource(before))) {
      const message = 'Bare koordinatoren eller statsforvalteren kan endre embete, søker, mottaker og koordinator';
      throw new AppError('FORBIDDEN', message, { fieldErrors: changed.map((field) => ({ field, message })) });
    }
    // Moving it to another office needs the right to edit it there too.
    if (data.officeId !== before.officeId) assertCan(actor, 'update', partnershipResource({ ...data, editors: before.editors }));
    await checkPartnershipInput(tx, data);

    const { members, units, ...row } = data;
    const [updated] = await tx
      .update(partnership)
      .set({ ...row, version: sql`${partnership.version} + 1`, updatedAt: new Date() })
      .where(and(eq(partnership.id, id), eq(partnership.version, expectedVersion)))
      .returning({ id: partnership.id });
    if (!updated) throw staleVersion('partnerskapet');
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
    return after;
  });
}
