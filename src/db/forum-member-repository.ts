// Reads and writes of the samarbeidsforum's members and settings (issue 13). No access decisions here.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.ts';
import { appUser, forumMember, forumSetting, office, organisation, person, roleGrant } from './schema/index.ts';
import { deleteGrant, insertGrant } from './access-repository.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type ForumMemberRow = typeof forumMember.$inferSelect;
export type ForumSettingRow = typeof forumSetting.$inferSelect;

export async function insertMember(tx: DbOrTx, values: Omit<typeof forumMember.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date }) {
  const [row] = await tx.insert(forumMember).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findMember(db: DbOrTx, id: string): Promise<ForumMemberRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(forumMember).where(eq(forumMember.id, id));
  return row;
}

/** Saves the membership if still at `expectedVersion`; undefined when someone saved it in between. */
export async function updateMemberIfUnchanged(
  tx: DbOrTx,
  input: { id: string; expectedVersion: number; values: Partial<Pick<ForumMemberRow, 'category' | 'deputyPersonId' | 'termFrom' | 'termTo' | 'roleGrantIds' | 'endedAt'>>; at: Date },
) {
  const [row] = await tx
    .update(forumMember)
    .set({ ...input.values, version: sql`${forumMember.version} + 1`, updatedAt: input.at })
    .where(and(eq(forumMember.id, input.id), eq(forumMember.version, input.expectedVersion)))
    .returning();
  return row;
}

const deputy = alias(person, 'deputy');

/** The office's members with the names of person, organisation and deputy; serving ones first, then by name. */
export async function listMembersOfOffice(db: DbOrTx, officeId: string) {
  return db
    .select({
      member: forumMember,
      personName: person.name,
      organisationName: organisation.name,
      deputyName: deputy.name,
    })
    .from(forumMember)
    .innerJoin(person, eq(person.id, forumMember.personId))
    .innerJoin(organisation, eq(organisation.id, forumMember.organisationId))
    .leftJoin(deputy, eq(deputy.id, forumMember.deputyPersonId))
    .where(eq(forumMember.officeId, officeId))
    .orderBy(sql`${forumMember.endedAt} is not null`, asc(person.name));
}
export type MemberListRow = Awaited<ReturnType<typeof listMembersOfOffice>>[number];

/** One member with the same names as the list. */
export async function findMemberWithNames(db: DbOrTx, id: string): Promise<MemberListRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({ member: forumMember, personName: person.name, organisationName: organisation.name, deputyName: deputy.name })
    .from(forumMember)
    .innerJoin(person, eq(person.id, forumMember.personId))
    .innerJoin(organisation, eq(organisation.id, forumMember.organisationId))
    .leftJoin(deputy, eq(deputy.id, forumMember.deputyPersonId))
    .where(eq(forumMember.id, id));
  return row;
}

/** People with their organisation's kind and name (to check a member and deputy, and to name them). */
export async function findPeopleWithOrganisation(db: DbOrTx, personIds: readonly string[]) {
  const ids = personIds.filter(isUuid);
  if (!ids.length) return [];
  return db
    .select({ id: person.id, name: person.name, email: person.email, organisationId: person.organisationId, organisationKind: organisation.kind })
    .from(person)
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .where(inArray(person.id, ids));
}

/** The office's members that have not ended, with their organisation and its host (an RSK's vertskommune). */
export async function listActiveMembersWithOrganisations(db: DbOrTx, officeId: string) {
  const host = alias(organisation, 'host');
  return db
    .select({ member: forumMember, personName: person.name, personEmail: person.email, organisationName: organisation.name, hostId: host.id, hostName: host.name })
    .from(forumMember)
    .innerJoin(person, eq(person.id, forumMember.personId))
    .innerJoin(organisation, eq(organisation.id, forumMember.organisationId))
    .leftJoin(host, eq(host.id, organisation.hostOrganisationId))
    .where(and(eq(forumMember.officeId, officeId), isNull(forumMember.endedAt)));
}

export async function findSetting(db: DbOrTx, officeId: string): Promise<ForumSettingRow | undefined> {
  const [row] = await db.select().from(forumSetting).where(eq(forumSetting.officeId, officeId));
  return row;
}

export async function insertSetting(tx: DbOrTx, values: { officeId: string; quorum: number; at: Date }) {
  const [row] = await tx.insert(forumSetting).values({ officeId: values.officeId, quorum: values.quorum, updatedAt: values.at }).onConflictDoNothing().returning();
  return row;
}

/** Saves the settings if still at `expectedVersion`; undefined when someone saved them in between. */
export async function updateSettingIfUnchanged(tx: DbOrTx, input: { officeId: string; expectedVersion: number; quorum: number; at: Date }) {
  const [row] = await tx
    .update(forumSetting)
    .set({ quorum: input.quorum, version: sql`${forumSetting.version} + 1`, updatedAt: input.at })
    .where(and(eq(forumSetting.officeId, input.officeId), eq(forumSetting.version, input.expectedVersion)))
    .returning();
  return row;
}

/**
 * Makes the `forum` role grants a membership holds match the people it should grant: one grant per person with a
 * user, for the office. Only the grants the membership itself made (`role_grant_ids`) are ever deleted, so a
 * `forum` grant the person holds for another reason (another membership, an admin's grant) stays — and a person who
 * holds one already gets no second, identical grant (a user's roles are listed once; ending the membership then
 * leaves the role the person had before it). A person without a
 * user yet gets the grant the next time the membership is saved after their first login (the secretariat invites
 * them as usual; an invitation with the `forum` role works too, and that grant is the invitation's).
 * Answers the membership's grant ids after, and which grants were made and removed (for the audit row).
 */
export async function syncMemberGrants(tx: DbOrTx, input: { officeId: string; grantIds: readonly string[]; personIds: readonly string[]; grantedBy: string | null }) {
  const held = input.grantIds.length ? await tx.select().from(roleGrant).where(inArray(roleGrant.id, [...input.grantIds])) : [];
  const users = input.personIds.length ? await tx.select({ id: appUser.id }).from(appUser).where(inArray(appUser.personId, [...input.personIds])) : [];
  const wanted = new Set(users.map((u) => u.id));
  const removed = held.filter((g) => !wanted.has(g.userId));
  const kept = held.filter((g) => wanted.has(g.userId));
  const others = wanted.size
    ? await tx
        .select({ userId: roleGrant.userId, id: roleGrant.id })
        .from(roleGrant)
        .where(and(inArray(roleGrant.userId, [...wanted]), eq(roleGrant.role, 'forum'), eq(roleGrant.officeId, input.officeId)))
    : [];
  const holdsOther = (userId: string) => others.some((g) => g.userId === userId && !input.grantIds.includes(g.id));
  const missing = [...wanted].filter((userId) => !kept.some((g) => g.userId === userId) && !holdsOther(userId));
  for (const g of removed) await deleteGrant(tx, g.id);
  const added = [];
  for (const userId of missing) {
    const created = await insertGrant(tx, { userId, role: 'forum', officeId: input.officeId, organisationId: null, grantedBy: input.grantedBy });
    if (!created) throw new Error('insert returned no row');
    added.push(created);
  }
  return { grantIds: [...kept, ...added].map((g) => g.id), added, removed };
}

/** The person's memberships of the office's forum that have not ended. */
export async function findActiveMemberships(db: DbOrTx, officeId: string, personId: string) {
  return db.select().from(forumMember).where(and(eq(forumMember.officeId, officeId), eq(forumMember.personId, personId), isNull(forumMember.endedAt)));
}

export async function officeExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: office.id }).from(office).where(eq(office.id, id));
  return row !== undefined;
}
