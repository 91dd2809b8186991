// What the UI is offered, asked of the policy over a small map: two offices, an organisation in each and a national
// body. One row per kind of actor; the use-case test (src/usecases/access/ui-offers.test.ts) covers the demo users.
import { describe, expect, it } from 'vitest';
import {
  applicationStartPartnerships,
  grantableRoles,
  grantCreates,
  invitationCreates,
  organisationCreateOffices,
  partnershipCreates,
  personCreateOrganisations,
  personReadOrganisations,
  regionCreateOffices,
  roundOpenOffices,
  sessionMay,
  type Places,
} from './offers.ts';
import type { PartnershipResource } from '../org/policy.ts';
import { actorWith, grant } from './policy-actors.ts';
import type { Actor } from './roles.ts';

const HERE = 'office-here';
const ELSEWHERE = 'office-elsewhere';
const ORG = 'org-here';
const places: Places = {
  officeIds: [HERE, ELSEWHERE],
  organisations: [
    { id: ORG, officeId: HERE },
    { id: 'org-elsewhere', officeId: ELSEWHERE },
    { id: 'national', officeId: null },
  ],
};

const staff = actorWith([grant.staff(HERE)]);
const forum = actorWith([grant.forum(HERE)]);
const coordinator = actorWith([grant.coordinator(ORG)], 'person-coordinator');
const reader = actorWith([grant.reader(null)]);

describe('the session’s menu and shortcuts', () => {
  const onlyTrue = (actor: Actor) => Object.entries(sessionMay(actor, places)).filter(([, yes]) => yes).map(([key]) => key);

  it.each<[string, Actor, string[]]>([
    ['the admin', actorWith([grant.admin()]), ['reviewRounds', 'listPeople', 'invite', 'manageUsers', 'readAudit', 'readOutbox', 'createOrganisation', 'createPartnership', 'readTilsagn', 'readUtbetaling']],
    ['a case officer', staff, ['reviewRounds', 'listPeople', 'invite', 'manageUsers', 'createOrganisation', 'createPartnership', 'readTilsagn', 'readUtbetaling']],
    ['a forum member: the rounds it weighs, nothing to create', forum, ['reviewRounds', 'readTilsagn']],
    ['a platform-wide reader', reader, ['reviewRounds', 'readTilsagn', 'readUtbetaling']],
    ['a budsjettdisponent: the decisions and payments to approve, nothing else', actorWith([{ role: 'budsjettdisponent', officeId: HERE, organisationId: null }]), ['readTilsagn', 'readUtbetaling']],
    ['an owner coordinator', coordinator, ['listPeople', 'invite', 'createPartnership']],
    ['a UH contact: no partnership of their own to create', actorWith([grant.uhContact(ORG)]), ['listPeople', 'invite']],
    ['someone without roles', actorWith([]), []],
  ])('%s', (_who, actor, may) => expect(onlyTrue(actor)).toEqual(may));
});

describe('what a list offers to create, and where', () => {
  it('a case officer creates in their own office (organisations also at national bodies), never elsewhere', () => {
    expect(organisationCreateOffices(staff, places)).toEqual([HERE, null]);
    expect(personCreateOrganisations(staff, places)).toEqual([ORG, 'national']);
    expect(roundOpenOffices(staff, places)).toEqual([HERE]);
    expect(regionCreateOffices(staff, places)).toEqual([HERE]);
    expect(partnershipCreates(staff, places)).toEqual({ officeIds: [HERE], applicantIds: [ORG, 'national'] });
  });

  it('a coordinator creates partnerships with their own organisation as applicant, and people there only', () => {
    expect(partnershipCreates(coordinator, places)).toEqual({ officeIds: [], applicantIds: [ORG] });
    expect(personCreateOrganisations(coordinator, places)).toEqual([ORG]);
    expect(organisationCreateOffices(coordinator, places)).toEqual([]);
    expect(roundOpenOffices(coordinator, places)).toEqual([]);
  });

  it('the forum creates nothing', () => {
    expect(partnershipCreates(forum, places)).toBeNull();
    expect(invitationCreates(forum, places)).toBeNull();
    expect(grantableRoles(forum, places)).toEqual([]);
  });

  it('invitations and roles: a case officer gives all but admin, a coordinator their own role at their own organisation', () => {
    expect(grantableRoles(staff, places)).toEqual(['saksbehandler', 'forum', 'eierkoordinator', 'uh-kontakt', 'studiesenter', 'leser']);
    expect(invitationCreates(staff, places)?.organisationIds).toEqual([ORG, 'org-elsewhere', 'national']);
    expect(invitationCreates(coordinator, places)).toMatchObject({ organisationIds: [ORG], roles: ['eierkoordinator'] });
    expect(grantableRoles(coordinator, places)).toEqual([]);
  });

  it('each role is offered only where it may be given: a case officer’s office, organisations there and national ones', () => {
    const given = grantCreates(staff, places)!.places;
    expect(given.saksbehandler).toEqual({ officeIds: [HERE], organisationIds: [] });
    // A reader of every office (no office) is the admin's to make, not the case officer's.
    expect(given.leser).toEqual({ officeIds: [HERE], organisationIds: [] });
    expect(given.eierkoordinator).toEqual({ officeIds: [], organisationIds: [ORG, 'national'] });
    expect(given.admin).toBeUndefined();
    expect(grantCreates(actorWith([grant.admin()]), places)!.places.leser?.officeIds).toEqual([null, HERE, ELSEWHERE]);
    expect(invitationCreates(coordinator, places)!.places).toEqual({ eierkoordinator: { officeIds: [], organisationIds: [ORG] } });
    expect(grantCreates(forum, places)).toBeNull();
  });

  it('the people list filters by the organisations whose people the actor reads', () => {
    expect(personReadOrganisations(staff, places)).toEqual([ORG, 'national']);
    expect(personReadOrganisations(coordinator, places)).toEqual([ORG]);
    expect(personReadOrganisations(forum, places)).toEqual([]);
  });

  it('a behovsmelding is started by those who write for the partnership: its coordinator, not its office', () => {
    const mine: (PartnershipResource & { id: string })[] = [
      { id: 'p1', type: 'partnership', officeId: HERE, applicantId: ORG, memberIds: [ORG], coordinatorPersonId: null, editorPersonIds: [] },
    ];
    expect(applicationStartPartnerships(coordinator, mine)).toEqual(['p1']);
    expect(applicationStartPartnerships(staff, mine)).toEqual([]);
    expect(applicationStartPartnerships(forum, mine)).toEqual([]);
  });
});
