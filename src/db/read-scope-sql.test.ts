// The database half of issue 9, point 2 (the pure half is src/domain/access/read-scope.test.ts): the repositories'
// SQL for a read scope selects exactly the rows `can(actor, 'read', …)` allows. One seeded database, with rows added
// for the branches the demo lacks (a partnership moved to another office after its application, so the round's
// office and the partnership's differ; a person at a national body; invitations at several organisations), asked
// by every demo user and by generated actors whose grants name the database's own offices, organisations and people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq, isNull } from 'drizzle-orm';
import { listInvitationRows } from './invitation-repository.ts';
import { listRoundViews } from './behovsmelding-round-repository.ts';
import { listApplications } from './behovsmelding-application-repository.ts';
import { listPeopleWithOrganisation } from './org-repository.ts';
import { listPartnershipSummaries, type PartnershipSummary } from './partnership-repository.ts';
import { insertResponse, listResponses } from './questionnaire-response-repository.ts';
import { appUser, behovsmelding, invitation, organisation, partnership, person } from './schema/index.ts';
import { responseResource } from '../domain/questionnaire/policy.ts';
import { can, readScope, type ListedType } from '../domain/access/policy.ts';
import { ROLE_SCOPE, ROLES, type Actor, type RoleGrant } from '../domain/access/roles.ts';
import type { PartnershipResource } from '../domain/org/policy.ts';
import { DEMO_EMAIL, demoActor, type DemoActorKey } from '../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';

let database: TestDatabase;
/** The ids generated actors are made of: the offices, organisations, people and users the rows name, and some they do not. */
let ids: { offices: string[]; organisations: string[]; people: string[]; users: string[] };
/** Every row of each list, with whether `can(read)` lets an actor see it. */
let everything: Record<ListedType, { id: string; readableBy: (actor: Actor) => boolean }[]>;

const partnershipOf = (p: PartnershipSummary): PartnershipResource => ({
  type: 'partnership',
  officeId: p.officeId,
  applicantId: p.applicantId,
  coordinatorPersonId: p.coordinatorPersonId,
  memberIds: p.members.map((m) => m.organisationId),
  editorPersonIds: p.editorPersonIds,
});

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  // Nord-Troms moves to Nordland after its application to Troms og Finnmark's 2024 round.
  const [moved] = await db
    .select({ id: partnership.id })
    .from(partnership)
    .innerJoin(behovsmelding, eq(behovsmelding.partnershipId, partnership.id))
    .where(eq(partnership.name, 'Kompetanseløftet Nord-Troms'));
  await db.update(partnership).set({ officeId: 'nordland' }).where(eq(partnership.id, moved!.id));
  const [national] = await db.select().from(organisation).where(isNull(organisation.officeId)).limit(1);
  const [atNational] = await db.insert(person).values({ name: 'Nina Nasjonal', email: 'nina.nasjonal@example.org', organisationId: national!.id }).returning();
  const invited = [atNational!, ...(await db.select().from(person).limit(40))].filter((_, i) => i % 4 === 0);
  await db.insert(invitation).values(invited.map((p) => ({ personId: p.id, email: p.email, roles: [], expiresAt: new Date('2099-01-01T00:00:00Z') })));
  // Questionnaire responses besides the demo's: one with two editors, one with none, one the system started.
  const users = (await db.select({ id: appUser.id }).from(appUser).limit(5)).map((u) => u.id);
  const response = { questionnaireId: 'kartlegging-demo', questionnaireVersion: 1, createdByName: 'Test', at: new Date('2031-01-01T00:00:00Z') };
  await insertResponse(db, { ...response, subject: 'To redaktører', createdByUserId: users[0]!, editorUserIds: [users[1]!, users[2]!] });
  await insertResponse(db, { ...response, subject: 'Ingen redaktører', createdByUserId: users[3]!, editorUserIds: [] });
  await insertResponse(db, { ...response, subject: 'Systemet', createdByUserId: null, editorUserIds: [users[4]!] });

  const partnerships = await listPartnershipSummaries(db);
  const people = await listPeopleWithOrganisation(db, {});
  const invitations = await listInvitationRows(db, {});
  const rounds = await listRoundViews(db, {});
  const applications = await listApplications(db, {});
  const responses = await listResponses(db, { scope: { all: true } });
  const byId = new Map(partnerships.map((p) => [p.id, p]));
  const roundOffice = new Map(rounds.map((r) => [r.id, r.officeId]));
  everything = {
    partnership: partnerships.map((p) => ({ id: p.id, readableBy: (a) => can(a, 'read', partnershipOf(p)) })),
    person: people.map((r) => ({
      id: r.person.id,
      readableBy: (a) => can(a, 'read', { type: 'person', organisationId: r.person.organisationId, officeId: r.organisationOfficeId }),
    })),
    invitation: invitations.map((r) => ({
      id: r.invitation.id,
      readableBy: (a) => can(a, 'read', { type: 'invitation', organisationId: r.organisationId, officeId: r.officeId, roles: [] }),
    })),
    'behovsmelding-round': rounds.map((r) => ({ id: r.id, readableBy: (a) => can(a, 'read', { type: 'behovsmelding-round', officeId: r.officeId }) })),
    'behovsmelding-application': applications.map(({ row }) => ({
      id: row.id,
      readableBy: (a) =>
        can(a, 'read', { type: 'behovsmelding-application', officeId: roundOffice.get(row.roundId)!, partnership: partnershipOf(byId.get(row.partnershipId)!) }),
    })),
    'questionnaire-response': responses.map(({ response: r }) => ({ id: r.id, readableBy: (a) => can(a, 'read', responseResource(r)) })),
  };
  const organisations = new Set([
    ...partnerships.flatMap((p) => [p.applicantId, ...p.members.map((m) => m.organisationId)]),
    ...invitations.map((r) => r.organisationId),
    national!.id,
  ]);
  const named = partnerships.flatMap((p) => [...(p.coordinatorPersonId ? [p.coordinatorPersonId] : []), ...p.editorPersonIds]);
  ids = {
    offices: ['troms-og-finnmark', 'nordland', 'agder'],
    organisations: [...organisations],
    people: [...new Set([...named, atNational!.id, people[0]!.person.id])],
    users: [...new Set([...users, ...responses.flatMap(({ response: r }) => [...(r.createdByUserId ? [r.createdByUserId] : []), ...r.editorUserIds])])],
  };
}, 120_000);
afterAll(() => database?.close());

/** What each list's repository returns for the actor's scope, as ids. */
async function scopedIds(actor: Actor): Promise<Record<ListedType, string[]>> {
  const db = database.db;
  return {
    partnership: (await listPartnershipSummaries(db, { scope: readScope(actor, 'partnership') })).map((p) => p.id),
    person: (await listPeopleWithOrganisation(db, { scope: readScope(actor, 'person') })).map((r) => r.person.id),
    invitation: (await listInvitationRows(db, { scope: readScope(actor, 'invitation') })).map((r) => r.invitation.id),
    'behovsmelding-round': (await listRoundViews(db, { scope: readScope(actor, 'behovsmelding-round') })).map((r) => r.id),
    'behovsmelding-application': (await listApplications(db, { scope: readScope(actor, 'behovsmelding-application') })).map(({ row }) => row.id),
    'questionnaire-response': (await listResponses(db, { scope: readScope(actor, 'questionnaire-response') })).map(({ response }) => response.id),
  };
}

/** How much of each list the actor got: nothing, some, or all of it (to show the runs were not all or nothing). */
const seen: Record<ListedType, Set<'none' | 'some' | 'all'>> = {
  partnership: new Set(),
  person: new Set(),
  invitation: new Set(),
  'behovsmelding-round': new Set(),
  'behovsmelding-application': new Set(),
  'questionnaire-response': new Set(),
};

async function expectScopedListsAgree(actor: Actor) {
  const got = await scopedIds(actor);
  for (const type of Object.keys(everything) as ListedType[]) {
    const allowed = everything[type].filter((r) => r.readableBy(actor)).map((r) => r.id);
    expect([...got[type]].sort(), type).toEqual([...allowed].sort());
    seen[type].add(allowed.length === 0 ? 'none' : allowed.length === everything[type].length ? 'all' : 'some');
  }
}

describe('lists scoped in SQL return exactly the rows can(read) allows', () => {
  it.each(Object.keys(DEMO_EMAIL) as DemoActorKey[])('for the demo user %s', async (key) => {
    await expectScopedListsAgree(await demoActor(database.db, key));
  });

  it('for generated actors over the database’s own offices, organisations and people', async () => {
    const officeOrNone = fc.constantFrom(null, ...ids.offices);
    const grantArb: fc.Arbitrary<RoleGrant> = fc.constantFrom(...ROLES).chain((role): fc.Arbitrary<RoleGrant> => {
      const scope = ROLE_SCOPE[role];
      if (scope === 'organisation') return fc.constantFrom(...ids.organisations).map((organisationId) => ({ role, officeId: null, organisationId }));
      if (scope === 'none') return fc.constant({ role, officeId: null, organisationId: null });
      return (scope === 'office' ? fc.constantFrom(...ids.offices) : officeOrNone).map((officeId) => ({ role, officeId, organisationId: null }));
    });
    const actorArb = fc
      .tuple(fc.array(grantArb, { maxLength: 3 }), fc.constantFrom(null, ...ids.people), fc.constantFrom(null, ...ids.users))
      .map(([grants, personId, userId]): Actor => ({ userId, personId, name: 'Generert', organisationId: null, grants }));
    await fc.assert(fc.asyncProperty(actorArb, expectScopedListsAgree), { numRuns: 60 });
    // Every list but the rounds (all or nothing by rule) was seen whole, empty and in part.
    for (const type of ['partnership', 'person', 'invitation', 'behovsmelding-application', 'questionnaire-response'] as const) expect([...seen[type]].sort(), type).toEqual(['all', 'none', 'some']);
    expect([...seen['behovsmelding-round']].sort()).toEqual(['all', 'none']);
  }, 60_000);
});
