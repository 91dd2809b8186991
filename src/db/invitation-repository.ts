// Reads and writes of invitations: sent by the office or the organisation, accepted at a first login, or revoked. No
// access decisions here: the list of invitations takes the policy's read scope, which `invitationScopeWhere` says in SQL.
import { and, desc, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { scopeWhere, uuidIn } from './read-scope-sql.ts';
import { invitation, organisation, person } from './schema/index.ts';
import type { InvitationScope } from '../domain/access/access-policy.ts';
import type { LoginIdentifier } from '../domain/access/login.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type InvitationRow = typeof invitation.$inferSelect;

/** Invitations that a first login with this identifier could use, newest first (including used and expired ones,
 * so the caller can say why none applies). */
export async function findInvitationsFor(db: DbOrTx, id: LoginIdentifier): Promise<InvitationRow[]> {
  const match = id.kind === 'email' ? eq(invitation.email, id.email) : eq(invitation.identifier, id.identifier);
  return db.select().from(invitation).where(and(match, isNull(invitation.revokedAt))).orderBy(desc(invitation.createdAt));
}

export async function findOpenInvitationForPerson(db: DbOrTx, personId: string, now: Date) {
  const [row] = await db
    .select()
    .from(invitation)
    .where(and(eq(invitation.personId, personId), isNull(invitation.acceptedAt), isNull(invitation.revokedAt), gt(invitation.expiresAt, now)));
  return row;
}

const invitationWithOrg = {
  invitation,
  personName: person.name,
  organisationId: organisation.id,
  organisationName: organisation.name,
  officeId: organisation.officeId,
};

export async function findInvitation(db: DbOrTx, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select(invitationWithOrg)
    .from(invitation)
    .innerJoin(person, eq(person.id, invitation.personId))
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .where(eq(invitation.id, id));
  return row;
}

/** The invitation read scope (src/domain/access/access-policy.ts) as a `where` over the invited person's `organisation`. */
export function invitationScopeWhere(scope: InvitationScope): SQL | undefined {
  return scopeWhere(scope, (c) => uuidIn(organisation.id, c.organisationIn));
}

export async function listInvitationRows(db: DbOrTx, filter: { organisationId?: string | undefined; scope?: InvitationScope }) {
  const conditions: SQL[] = [];
  if (filter.organisationId && isUuid(filter.organisationId)) conditions.push(eq(organisation.id, filter.organisationId));
  else if (filter.organisationId) return [];
  const scoped = filter.scope ? invitationScopeWhere(filter.scope) : undefined;
  if (scoped) conditions.push(scoped);
  return db
    .select(invitationWithOrg)
    .from(invitation)
    .innerJoin(person, eq(person.id, invitation.personId))
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(invitation.createdAt));
}

export async function insertInvitation(
  tx: DbOrTx,
  values: Pick<typeof invitation.$inferInsert, 'personId' | 'email' | 'identifier' | 'roles' | 'invitedBy' | 'createdAt' | 'expiresAt'>,
): Promise<InvitationRow | undefined> {
  const [created] = await tx.insert(invitation).values(values).returning();
  return created;
}

/**
 * Accepts an invitation for the user of a first login. The condition makes two simultaneous first logins race
 * safely: only one accepts it; undefined for the other (and for one revoked meanwhile).
 */
export async function acceptInvitation(tx: DbOrTx, input: { id: string; userId: string; at: Date }): Promise<InvitationRow | undefined> {
  const [accepted] = await tx
    .update(invitation)
    .set({ acceptedAt: input.at, userId: input.userId, version: sql`${invitation.version} + 1` })
    .where(and(eq(invitation.id, input.id), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
    .returning();
  return accepted;
}

/** Revokes an invitation that is still unused; undefined when it was accepted or revoked meanwhile. */
export async function revokeUnusedInvitation(tx: DbOrTx, input: { id: string; at: Date }): Promise<InvitationRow | undefined> {
  const [after] = await tx
    .update(invitation)
    .set({ revokedAt: input.at, version: sql`${invitation.version} + 1` })
    .where(and(eq(invitation.id, input.id), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
    .returning();
  return after;
}
