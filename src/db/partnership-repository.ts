// Reads and writes of partnerships with their members, units and editors. No access decisions here: use cases
// make them, and lists pass the policy's read scope, which `partnershipScopeWhere` says in SQL.
import { and, asc, eq, exists, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.ts';
import { scopeWhere, subquery, uuidIn } from './read-scope-sql.ts';
import { organisation, partnership, partnershipEditor, partnershipMember, partnershipUnit, person } from './schema/index.ts';
import type { TPartnershipInput } from '../domain/org/partnership.ts';
import type { PartnershipScope } from '../domain/org/policy.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type PartnershipRow = typeof partnership.$inferSelect;
export type PartnershipMemberView = { organisationId: string; name: string; kind: string; role: string };
export type PartnershipUnitRow = typeof partnershipUnit.$inferSelect;
export type PartnershipEditorView = { personId: string; name: string; organisationId: string; organisationName: string };
/** The partnership's own columns as the form gives them (members and units are stored apart). */
export type PartnershipValues = Omit<typeof partnership.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

async function membersOf(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      partnershipId: partnershipMember.partnershipId,
      organisationId: partnershipMember.organisationId,
      name: organisation.name,
      kind: organisation.kind,
      role: partnershipMember.role,
    })
    .from(partnershipMember)
    .innerJoin(organisation, eq(organisation.id, partnershipMember.organisationId))
    .where(inArray(partnershipMember.partnershipId, ids))
    .orderBy(asc(partnershipMember.role), asc(organisation.name));
}

async function editorsOf(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      partnershipId: partnershipEditor.partnershipId,
      personId: person.id,
      name: person.name,
      organisationId: organisation.id,
      organisationName: organisation.name,
    })
    .from(partnershipEditor)
    .innerJoin(person, eq(person.id, partnershipEditor.personId))
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .where(inArray(partnershipEditor.partnershipId, ids))
    .orderBy(asc(person.name));
}

const applicantOrg = alias(organisation, 'applicant_org');
const payeeOrg = alias(organisation, 'payee_org');

/** A partnership row with the names of its applicant and payee. */
function selectPartnerships<E extends Record<string, SQL.Aliased | SQL>>(db: DbOrTx, extra: E = {} as E) {
  return db
    .select({ row: partnership, applicantName: applicantOrg.name, payeeName: payeeOrg.name, ...extra })
    .from(partnership)
    .innerJoin(applicantOrg, eq(applicantOrg.id, partnership.applicantId))
    .innerJoin(payeeOrg, eq(payeeOrg.id, partnership.payeeId));
}
type NamedRow = { row: PartnershipRow; applicantName: string; payeeName: string };
const named = ({ row, applicantName, payeeName }: NamedRow) => ({
  ...row,
  applicant: { id: row.applicantId, name: applicantName },
  payee: { id: row.payeeId, name: payeeName },
});
type Named = ReturnType<typeof named>;

const pick = <T extends { partnershipId: string }>(rows: T[], id: string): Omit<T, 'partnershipId'>[] =>
  rows.filter((r) => r.partnershipId === id).map(({ partnershipId: _p, ...rest }) => rest);

export type PartnershipSummary = Named & { members: PartnershipMemberView[]; editorPersonIds: string[] };

/** The partnership read scope (src/domain/org/policy.ts) as a `where` over `partnership`. `officeColumn` is the
 * office that reads: the partnership's own, or for applications their round's (behovsmelding-application-repository.ts). */
export function partnershipScopeWhere(scope: PartnershipScope, officeColumn: AnyPgColumn = partnership.officeId): SQL | undefined {
  return scopeWhere(scope, (c) => {
    if ('officeIdIn' in c) return inArray(officeColumn, [...c.officeIdIn]);
    if ('applicantIn' in c) return uuidIn(partnership.applicantId, c.applicantIn);
    if ('coordinatorPersonIs' in c) return uuidIn(partnership.coordinatorPersonId, [c.coordinatorPersonIs]);
    if ('editorPersonIs' in c)
      return exists(
        subquery
          .select({ one: sql`1` })
          .from(partnershipEditor)
          .where(and(eq(partnershipEditor.partnershipId, partnership.id), uuidIn(partnershipEditor.personId, [c.editorPersonIs]))),
      );
    return exists(
      subquery
        .select({ one: sql`1` })
        .from(partnershipMember)
        .where(and(eq(partnershipMember.partnershipId, partnership.id), uuidIn(partnershipMember.organisationId, c.memberOrganisationIn))),
    );
  });
}

/** The partnerships in the scope (every one without), with their members and editor ids. */
export async function listPartnershipSummaries(db: DbOrTx, filter: { scope?: PartnershipScope } = {}): Promise<PartnershipSummary[]> {
  const where = filter.scope ? partnershipScopeWhere(filter.scope) : undefined;
  const rows = (await selectPartnerships(db).where(where).orderBy(asc(partnership.name))).map(named);
  const ids = rows.map((r) => r.id);
  const [members, editors] = await Promise.all([membersOf(db, ids), editorsOf(db, ids)]);
  return rows.map((r) => ({ ...r, members: pick(members, r.id), editorPersonIds: pick(editors, r.id).map((e) => e.personId) }));
}

export type PartnershipDetail = Named & {
  members: PartnershipMemberView[];
  units: Omit<PartnershipUnitRow, 'partnershipId'>[];
  editors: PartnershipEditorView[];
};

/** One partnership with its members, units and editors in one statement: every application request loads its
 * partnership (loadApplication), so four round trips here were four on each of them (issue 11). */
export async function findPartnership(db: DbOrTx, id: string): Promise<PartnershipDetail | undefined> {
  if (!isUuid(id)) return undefined;
  const [found] = await selectPartnerships(db, {
    members: sql<PartnershipMemberView[]>`coalesce((select json_agg(json_build_object('organisationId', m.organisation_id, 'name', o.name, 'kind', o.kind, 'role', m.role) order by m.role, o.name) from ${partnershipMember} m join ${organisation} o on o.id = m.organisation_id where m.partnership_id = ${partnership.id}), '[]'::json)`,
    units: sql<PartnershipDetail['units']>`coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name, 'kind', u.kind, 'municipalityNumber', u.municipality_number, 'ownerId', u.owner_id) order by u.name, u.id) from ${partnershipUnit} u where u.partnership_id = ${partnership.id}), '[]'::json)`,
    editors: sql<PartnershipEditorView[]>`coalesce((select json_agg(json_build_object('personId', p.id, 'name', p.name, 'organisationId', o.id, 'organisationName', o.name) order by p.name) from ${partnershipEditor} e join ${person} p on p.id = e.person_id join ${organisation} o on o.id = p.organisation_id where e.partnership_id = ${partnership.id}), '[]'::json)`,
  }).where(eq(partnership.id, id));
  if (!found) return undefined;
  const { members, units, editors, ...row } = found;
  return { ...named(row), members, units, editors };
}

export async function insertPartnership(tx: DbOrTx, values: PartnershipValues): Promise<{ id: string } | undefined> {
  const [created] = await tx.insert(partnership).values(values).returning({ id: partnership.id });
  return created;
}

/** Saves the partnership's own columns if still at `expectedVersion`; undefined when someone saved it in between. */
export async function updatePartnershipIfUnchanged(tx: DbOrTx, input: { id: string; expectedVersion: number; values: PartnershipValues; at: Date }) {
  const [updated] = await tx
    .update(partnership)
    .set({ ...input.values, version: sql`${partnership.version} + 1`, updatedAt: input.at })
    .where(and(eq(partnership.id, input.id), eq(partnership.version, input.expectedVersion)))
    .returning({ id: partnership.id });
  return updated;
}

/** Replaces members and units in the caller's transaction (the form always sends the whole list). */
export async function replaceMembersAndUnits(tx: DbOrTx, partnershipId: string, input: Pick<TPartnershipInput, 'members' | 'units'>) {
  await tx.delete(partnershipMember).where(eq(partnershipMember.partnershipId, partnershipId));
  await tx.delete(partnershipUnit).where(eq(partnershipUnit.partnershipId, partnershipId));
  if (input.members.length) await tx.insert(partnershipMember).values(input.members.map((m) => ({ partnershipId, ...m })));
  if (input.units.length) await tx.insert(partnershipUnit).values(input.units.map((u) => ({ partnershipId, ...u })));
}

/** Sets the editor list; people who stay keep their original grant time. */
export async function replaceEditors(tx: DbOrTx, partnershipId: string, personIds: string[]) {
  const unique = [...new Set(personIds)];
  await tx
    .delete(partnershipEditor)
    .where(
      unique.length
        ? and(eq(partnershipEditor.partnershipId, partnershipId), notInArray(partnershipEditor.personId, unique))
        : eq(partnershipEditor.partnershipId, partnershipId),
    );
  if (unique.length)
    await tx.insert(partnershipEditor).values(unique.map((personId) => ({ partnershipId, personId }))).onConflictDoNothing();
}
