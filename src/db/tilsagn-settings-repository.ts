// Reads and writes of the recipients' profiles and the office's letter settings (issue 14 point 2). No access
// decisions here. Both tables are optional per key (no row: the defaults), so a first save inserts and later saves
// name the version they start from.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { office, organisation, partnership, partnershipMember, recipientProfile, tilsagnSetting } from './schema/index.ts';
import { isUuid } from '../domain/shared/fields.ts';
import { RECIPIENT_ROLES } from '../domain/tilsagn/recipient.ts';

export type RecipientProfileRow = typeof recipientProfile.$inferSelect;
export type TilsagnSettingRow = typeof tilsagnSetting.$inferSelect;
type ProfileValues = { receipt: string; writtenStandard: string; samiLanguage: string | null };
type SettingValues = { writtenStandard: string; appealBody: string; acceptanceDays: number };

export async function findOrganisation(db: DbOrTx, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select({ id: organisation.id, name: organisation.name, kind: organisation.kind, officeId: organisation.officeId }).from(organisation).where(eq(organisation.id, id));
  return row;
}

export async function findRecipientProfile(db: DbOrTx, organisationId: string): Promise<RecipientProfileRow | undefined> {
  const [row] = await db.select().from(recipientProfile).where(eq(recipientProfile.organisationId, organisationId));
  return row;
}

/** The first save; undefined when someone else inserted the row in between. */
export async function insertRecipientProfile(tx: DbOrTx, values: ProfileValues & { organisationId: string; at: Date }) {
  const { at, ...rest } = values;
  const [row] = await tx.insert(recipientProfile).values({ ...rest, updatedAt: at }).onConflictDoNothing().returning();
  return row;
}

/** Saves the profile if still at `expectedVersion`; undefined when someone saved it in between. */
export async function updateRecipientProfileIfUnchanged(tx: DbOrTx, values: ProfileValues & { organisationId: string; expectedVersion: number; at: Date }) {
  const [row] = await tx
    .update(recipientProfile)
    .set({ receipt: values.receipt, writtenStandard: values.writtenStandard, samiLanguage: values.samiLanguage, version: sql`${recipientProfile.version} + 1`, updatedAt: values.at })
    .where(and(eq(recipientProfile.organisationId, values.organisationId), eq(recipientProfile.version, values.expectedVersion)))
    .returning();
  return row;
}

/** The organisations that take part in the office's partnerships (as applicant, payee or member), each with its
 * roles there and its profile row if it has one. */
export async function listOfficeRecipients(db: DbOrTx, officeId: string) {
  const memberRoles = await db
    .selectDistinct({ organisationId: partnershipMember.organisationId, role: partnershipMember.role })
    .from(partnershipMember)
    .innerJoin(partnership, eq(partnership.id, partnershipMember.partnershipId))
    .where(eq(partnership.officeId, officeId));
  const ends = await db.select({ applicantId: partnership.applicantId, payeeId: partnership.payeeId }).from(partnership).where(eq(partnership.officeId, officeId));
  const roles = new Map<string, Set<string>>();
  const add = (organisationId: string, role: string) => roles.set(organisationId, (roles.get(organisationId) ?? new Set()).add(role));
  for (const r of memberRoles) add(r.organisationId, r.role);
  for (const e of ends) {
    add(e.applicantId, 'applicant');
    add(e.payeeId, 'payee');
  }
  if (roles.size === 0) return [];
  const rows = await db
    .select({ id: organisation.id, name: organisation.name, kind: organisation.kind, officeId: organisation.officeId, profile: recipientProfile })
    .from(organisation)
    .leftJoin(recipientProfile, eq(recipientProfile.organisationId, organisation.id))
    .where(inArray(organisation.id, [...roles.keys()]));
  return rows.map((r) => ({ ...r, roles: RECIPIENT_ROLES.filter((role) => roles.get(r.id)?.has(role)) }));
}

export async function officeExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: office.id }).from(office).where(eq(office.id, id));
  return row !== undefined;
}

export async function findTilsagnSetting(db: DbOrTx, officeId: string): Promise<TilsagnSettingRow | undefined> {
  const [row] = await db.select().from(tilsagnSetting).where(eq(tilsagnSetting.officeId, officeId));
  return row;
}

/** The first save; undefined when someone else inserted the row in between. */
export async function insertTilsagnSetting(tx: DbOrTx, values: SettingValues & { officeId: string; at: Date }) {
  const { at, ...rest } = values;
  const [row] = await tx.insert(tilsagnSetting).values({ ...rest, updatedAt: at }).onConflictDoNothing().returning();
  return row;
}

/** Saves the settings if still at `expectedVersion`; undefined when someone saved them in between. */
export async function updateTilsagnSettingIfUnchanged(tx: DbOrTx, values: SettingValues & { officeId: string; expectedVersion: number; at: Date }) {
  const [row] = await tx
    .update(tilsagnSetting)
    .set({ writtenStandard: values.writtenStandard, appealBody: values.appealBody, acceptanceDays: values.acceptanceDays, version: sql`${tilsagnSetting.version} + 1`, updatedAt: values.at })
    .where(and(eq(tilsagnSetting.officeId, values.officeId), eq(tilsagnSetting.version, values.expectedVersion)))
    .returning();
  return row;
}
