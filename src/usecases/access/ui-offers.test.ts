// Regression (issue 9, point 3): THE UI OFFERED WHAT THE SERVER THEN REFUSED. A crawl of four roles met 16 console
// 403s, among them: a forum member offered "Ny behovsmelding"; a case officer of Nordland offered "Rediger" and
// "Ny person" on a Troms og Finnmark organisation; the same case officer shown another office's round with its
// export buttons and an application list that then failed. The UI guessed from roles. Now the API says what this
// actor may do — `allowed` with each resource, `creates` with each list, `may` with the session — and the UI offers
// exactly that. Each finding is checked here for the actor who met it, beside one who is rightly offered it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { openRound } from '../../test/behovsmelding-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { applicationListCreates, roundListCreates } from '../../views/behovsmelding/behovsmelding-creates.ts';
import { getRound } from '../behovsmelding/get-round.ts';
import { getOrganisation } from '../org/get-organisation.ts';
import { organisationListCreates, partnershipListCreates, personListCreates } from '../../views/org/org-creates.ts';
import { invitationListCreates, userListCreates } from '../../views/access/access-creates.ts';
import { getSessionMay } from './get-session-may.ts';
import { personListFilters } from '../../views/org/person-filters.ts';

const clock = fixedClock('2072-12-03T09:00:00Z');
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const as = async (key: Parameters<typeof demoActor>[1]) => ({ db: database.db, clock, actor: await demoActor(database.db, key) });

describe('a forum member is not offered "Ny behovsmelding"', () => {
  it('the application list offers the forum no start, the coordinator of Sør-Troms their partnership', async () => {
    expect(await applicationListCreates(await as('forum'))).toEqual({ application: null });
    const sorTroms = await partnershipByName(database.db, SOR_TROMS);
    expect((await applicationListCreates(await as('koordinator'))).application?.partnershipIds).toContain(sorTroms.id);
  });

  it('the forum’s menu has the rounds it weighs and nothing to create, invite or administer', async () => {
    expect(await getSessionMay(await as('forum'))).toEqual({
      reviewRounds: true,
      listPeople: false,
      invite: false,
      manageUsers: false,
      readAudit: false,
      readOutbox: false,
      createOrganisation: false,
      createPartnership: false,
      readTilsagn: true,
      readUtbetaling: false,
    });
  });
});

describe('a case officer of Nordland is not offered "Rediger" or "Ny person" on a Troms og Finnmark organisation', () => {
  it('Harstad kommune (Troms og Finnmark): read only, and none of its people', async () => {
    const nora = await as('saksbehandlerNordland');
    const harstad = await orgId(database.db, 'Harstad kommune');
    const org = await getOrganisation({ ...nora, id: harstad });
    expect(org.allowed).toEqual(['read']);
    expect(org.peopleAllowed).toEqual([]);
    expect(await personListCreates({ ...nora, organisationId: harstad })).toEqual({ person: null });
  });

  it('a Nordland organisation is hers to edit and to add people to; Harstad is Siri’s in Troms og Finnmark', async () => {
    const nora = await as('saksbehandlerNordland');
    const evenes = await orgId(database.db, 'Evenes kommune');
    expect(await getOrganisation({ ...nora, id: evenes })).toMatchObject({ allowed: ['read', 'create', 'edit'], peopleAllowed: ['read', 'create', 'edit'] });
    const siri = await as('saksbehandler');
    const harstad = await orgId(database.db, 'Harstad kommune');
    expect(await getOrganisation({ ...siri, id: harstad })).toMatchObject({ allowed: ['read', 'create', 'edit'], peopleAllowed: ['read', 'create', 'edit'] });
    expect((await personListCreates(nora)).person?.organisationIds).toContain(evenes);
    expect((await personListCreates(nora)).person?.organisationIds).not.toContain(harstad);
  });

  it('the lists offer her to create in Nordland only (and national bodies, which are every case officer’s)', async () => {
    const nora = await as('saksbehandlerNordland');
    expect(await organisationListCreates(nora)).toEqual({ organisation: { officeIds: ['nordland', null] } });
    expect(await roundListCreates(nora)).toEqual({ round: { officeIds: ['nordland'] } });
    expect((await partnershipListCreates(nora)).partnership?.officeIds).toEqual(['nordland']);
    expect((await userListCreates(nora)).grant?.roles).not.toContain('admin');
  });

  it('her role form offers Nordland and Nordland’s organisations; her people filter only organisations she reads', async () => {
    const nora = await as('saksbehandlerNordland');
    const evenes = await orgId(database.db, 'Evenes kommune');
    const harstad = await orgId(database.db, 'Harstad kommune');
    const places = (await userListCreates(nora)).grant!.places;
    expect(places.forum?.officeIds).toEqual(['nordland']);
    expect(places.eierkoordinator?.organisationIds).toContain(evenes);
    expect(places.eierkoordinator?.organisationIds).not.toContain(harstad);
    const filters = await personListFilters(nora);
    expect(filters.organisationIds).toContain(evenes);
    expect(filters.organisationIds).not.toContain(harstad);
  });
});

describe('a case officer of Nordland gets no `review` on a Troms og Finnmark round', () => {
  it('the round is public to her, but its application list and exports are not offered; Siri of the round’s office gets them', async () => {
    const siri = await as('saksbehandler');
    const round = await openRound(database.db, siri.actor, 2073);
    expect((await getRound({ ...(await as('saksbehandlerNordland')), id: round.id })).allowed).toEqual(['read']);
    expect((await getRound({ ...siri, id: round.id })).allowed).toEqual(['read', 'open', 'edit', 'extend', 'withdraw-extension', 'review']);
    expect((await getRound({ ...(await as('forum')), id: round.id })).allowed).toEqual(['read', 'review']);
  });
});

describe('a coordinator is offered what is theirs', () => {
  it('Ola invites colleagues of Region Sør-Troms as owner coordinators, and nobody else', async () => {
    const rsk = await orgId(database.db, 'Region Sør-Troms');
    expect(await invitationListCreates(await as('koordinator'))).toMatchObject({ invitation: { organisationIds: [rsk], roles: ['eierkoordinator'] } });
    expect(await invitationListCreates(await as('forum'))).toEqual({ invitation: null });
  });
});
