// Reads and writes of organisations and people. No access decisions here: use cases make them, and lists pass the
// policy's read scope, which `personScopeWhere` says in SQL.
import { asc, eq, ilike, and, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { forgetSessions } from './session-cache.ts';
import type { DbOrTx } from './client.ts';
import { scopeWhere, uuidIn } from './read-scope-sql.ts';
import { municipality, office, organisation, person } from './schema/index.ts';
import type { PersonScope } from '../domain/org/policy.ts';
import { isUuid } from '../domain/shared/fields.ts';

export type OrganisationRow = typeof organisation.$inferSelect;
export type PersonRow = typeof person.$inferSelect;
/** The columns a form sets (the id, version and times are the database's). */
export type OrganisationValues = Omit<typeof organisation.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
export type PersonValues = Omit<typeof person.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export async function findOrganisation(db: DbOrTx, id: string): Promise<OrganisationRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(organisation).where(eq(organisation.id, id));
  return row;
}

export async function listOrganisations(db: DbOrTx, filter: { kind?: string | undefined; q?: string | undefined; officeId?: string | undefined }) {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(organisation.kind, filter.kind));
  if (filter.officeId) conditions.push(eq(organisation.officeId, filter.officeId));
  if (filter.q) conditions.push(ilike(organisation.name, `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`));
  return db
    .select()
    .from(organisation)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(organisation.name));
}

export async function insertOrganisation(tx: DbOrTx, values: OrganisationValues): Promise<OrganisationRow | undefined> {
  const [created] = await tx.insert(organisation).values(values).returning();
  return created;
}

/** Saves the organisation if it is still at `expectedVersion`; undefined when someone saved it in between. */
export async function updateOrganisationIfUnchanged(tx: DbOrTx, input: { id: string; expectedVersion: number; values: OrganisationValues; at: Date }) {
  const [after] = await tx
    .update(organisation)
    .set({ ...input.values, version: sql`${organisation.version} + 1`, updatedAt: input.at })
    .where(and(eq(organisation.id, input.id), eq(organisation.version, input.expectedVersion)))
    .returning();
  return after;
}

export async function findOrganisationByOrgnr(db: DbOrTx, orgnr: string) {
  const [row] = await db.select().from(organisation).where(eq(organisation.orgnr, orgnr));
  return row;
}

export async function findMunicipality2024(db: DbOrTx, number: string) {
  const [row] = await db
    .select()
    .from(municipality)
    .where(and(eq(municipality.division, 2024), eq(municipality.number, number)));
  return row;
}

/** The office that serves a county (2024 division). */
export async function findOfficeForCounty(db: DbOrTx, countyNumber: string) {
  const offices = await db.select().from(office);
  return offices.find((o) => o.countyNumbers.includes(countyNumber));
}

export async function findOffice(db: DbOrTx, id: string) {
  const [row] = await db.select().from(office).where(eq(office.id, id));
  return row;
}

export async function listPeople(db: DbOrTx, filter: { organisationId?: string | undefined }) {
  return db
    .select()
    .from(person)
    .where(filter.organisationId ? eq(person.organisationId, filter.organisationId) : undefined)
    .orderBy(asc(person.name));
}

export async function findPerson(db: DbOrTx, id: string): Promise<PersonRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(person).where(eq(person.id, id));
  return row;
}

export async function insertPerson(tx: DbOrTx, values: PersonValues): Promise<PersonRow | undefined> {
  const [created] = await tx.insert(person).values(values).returning();
  return created;
}

/** Saves the person if still at `expectedVersion`; undefined when someone saved it in between. */
export async function updatePersonIfUnchanged(tx: DbOrTx, input: { id: string; expectedVersion: number; values: PersonValues; at: Date }) {
  forgetSessions();
  const [after] = await tx
    .update(person)
    .set({ ...input.values, version: sql`${person.version} + 1`, updatedAt: input.at })
    .where(and(eq(person.id, input.id), eq(person.version, input.expectedVersion)))
    .returning();
  return after;
}

/** People with the name and office of their organisation (the office decides who may see them). */
const personWithOrganisation = {
  person,
  organisationName: organisation.name,
  organisationOfficeId: organisation.officeId,
};

/** The person read scope (src/domain/org/policy.ts) as a `where` over `person` joined with its `organisation`. */
export function personScopeWhere(scope: PersonScope): SQL | undefined {
  return scopeWhere(scope, (c) => {
    if ('officeIdIn' in c) return inArray(organisation.officeId, [...c.officeIdIn]);
    if ('nationalBody' in c) return isNull(organisation.officeId);
    return uuidIn(person.organisationId, c.organisationIn);
  });
}

export async function listPeopleWithOrganisation(db: DbOrTx, filter: { organisationIds?: string[] | undefined; scope?: PersonScope }) {
  if (filter.organisationIds && filter.organisationIds.length === 0) return [];
  return db
    .select(personWithOrganisation)
    .from(person)
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .where(
      and(
        filter.organisationIds ? inArray(person.organisationId, filter.organisationIds) : undefined,
        filter.scope ? personScopeWhere(filter.scope) : undefined,
      ),
    )
    .orderBy(asc(person.name), asc(person.id));
}

export async function findPersonWithOrganisation(db: DbOrTx, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select(personWithOrganisation)
    .from(person)
    .innerJoin(organisation, eq(organisation.id, person.organisationId))
    .where(eq(person.id, id));
  return row;
}

export async function findPersonByEmail(db: DbOrTx, organisationId: string, email: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(person)
    .where(and(eq(person.organisationId, organisationId), eq(person.email, email)));
  return row;
}

export async function findOrganisationsByIds(db: DbOrTx, ids: string[]): Promise<OrganisationRow[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return [];
  return db.select().from(organisation).where(inArray(organisation.id, valid));
}

export async function findPeopleByIds(db: DbOrTx, ids: string[]): Promise<PersonRow[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return [];
  return db.select().from(person).where(inArray(person.id, valid));
}
