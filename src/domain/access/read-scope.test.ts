// Issue 9, point 2: a list shows exactly the rows opening each one would. For generated actors (0–3 role grants of
// any role, in any office or none, at any organisation or none, with a person or none; the admin among them) and
// generated rows (partnerships with office, applicant, members, coordinator and editors; people at organisations
// with an office or none; invitations; applications whose round's office may differ from their partnership's), the
// read scope says yes exactly when `can(actor, 'read', …)` does. Each test also checks that the runs reached every
// branch: each condition as the only reason a row is readable, every row, no row, and a scope that misses.
// The database half (the repositories' SQL says the same) is src/db/read-scope-sql.test.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ApplicationResource, RoundResource } from '../behovsmelding/policy.ts';
import type { PartnershipResource, PersonResource } from '../org/policy.ts';
import type { QuestionnaireResponseResource } from '../questionnaire/policy.ts';
import type { InvitationResource } from './access-policy.ts';
import { actorWith, grant } from './policy-actors.ts';
import { can, readScope, type ListedType, type Resource, type VerbOf } from './policy.ts';
import { isAdmin } from './predicates.ts';
import { matchesCondition, matchesScope, type ReadScope, type ScopeRow } from './read-scope.ts';
import { ROLE_SCOPE, ROLES, type Actor, type RoleGrant } from './roles.ts';

const OFFICES = ['office-a', 'office-b', 'office-c'];
const ORGANISATIONS = ['org-1', 'org-2', 'org-3', 'org-4'];
const PEOPLE = ['person-1', 'person-2', 'person-3'];
const RUNS = 4000;

const office = fc.constantFrom(...OFFICES);
const officeOrNone = fc.constantFrom(null, ...OFFICES);
const organisation = fc.constantFrom(...ORGANISATIONS);
const personOrNone = fc.constantFrom(null, ...PEOPLE);

/** A grant as the role administration makes them (scoped as ROLE_SCOPE says)… */
const wellFormedGrant: fc.Arbitrary<RoleGrant> = fc.constantFrom(...ROLES).chain((role): fc.Arbitrary<RoleGrant> => {
  const scope = ROLE_SCOPE[role];
  if (scope === 'organisation') return organisation.map((organisationId) => ({ role, officeId: null, organisationId }));
  if (scope === 'none') return fc.constant({ role, officeId: null, organisationId: null });
  return (scope === 'office' ? office : officeOrNone).map((officeId) => ({ role, officeId, organisationId: null }));
});
/** …or any combination at all (an organisation role with no organisation, a case officer with no office). */
const anyGrant: fc.Arbitrary<RoleGrant> = fc.record({
  role: fc.constantFrom(...ROLES),
  officeId: officeOrNone,
  organisationId: fc.constantFrom(null, ...ORGANISATIONS),
});
const actor: fc.Arbitrary<Actor> = fc
  .tuple(fc.array(fc.oneof({ weight: 4, arbitrary: wellFormedGrant }, { weight: 1, arbitrary: anyGrant }), { maxLength: 3 }), personOrNone)
  .map(([grants, personId]) => actorWith(grants, personId));

const partnership: fc.Arbitrary<PartnershipResource> = fc
  .tuple(office, organisation, fc.subarray(ORGANISATIONS), personOrNone, fc.option(fc.subarray(PEOPLE), { nil: undefined }))
  .map(([officeId, applicantId, memberIds, coordinatorPersonId, editorPersonIds]) => ({
    type: 'partnership',
    officeId,
    applicantId,
    memberIds,
    coordinatorPersonId,
    ...(editorPersonIds === undefined ? {} : { editorPersonIds }),
  }));
/** The round's office, and a partnership whose own office may since have become another. */
const application: fc.Arbitrary<ApplicationResource> = fc
  .tuple(office, partnership)
  .map(([officeId, p]) => ({ type: 'behovsmelding-application', officeId, partnership: p }));
/** `officeId` null: a person at a national body. */
const person: fc.Arbitrary<PersonResource> = fc
  .tuple(organisation, officeOrNone)
  .map(([organisationId, officeId]) => ({ type: 'person', organisationId, officeId }));
const invitation: fc.Arbitrary<InvitationResource> = fc
  .tuple(organisation, officeOrNone)
  .map(([organisationId, officeId]) => ({ type: 'invitation', organisationId, officeId, roles: [] }));
const round: fc.Arbitrary<RoundResource> = office.map((officeId) => ({ type: 'behovsmelding-round', officeId }));
const USERS = ['user-1', 'user-2', 'user-3'];
/** Started by a user or by the system (null), with any of the users as editors. */
const response: fc.Arbitrary<QuestionnaireResponseResource> = fc
  .tuple(fc.constantFrom(null, ...USERS), fc.subarray(USERS))
  .map(([createdByUserId, editorUserIds]) => ({ type: 'questionnaire-response', createdByUserId, editorUserIds }));

/** Why the scope says what it says about a row: the one condition it met alone, or every row, no row, a miss. */
function branchOf(a: Actor, scope: ReadScope, row: ScopeRow): string {
  if (isAdmin(a)) return 'admin';
  if ('all' in scope) return 'all';
  if ('none' in scope) return 'none';
  const met = scope.anyOf.filter((c) => matchesCondition(c, row));
  if (met.length === 0) return 'miss';
  return met.length === 1 ? Object.keys(met[0]!)[0]! : 'several';
}

/** Asserts scope and policy agree over generated actors and rows; returns the branches the runs reached. */
function agreement<R extends Resource>(type: ListedType, rows: fc.Arbitrary<R>, factsOf: (row: R) => ScopeRow, actors: fc.Arbitrary<Actor> = actor): Set<string> {
  const reached = new Set<string>();
  fc.assert(
    fc.property(actors, rows, (a, row) => {
      const scope: ReadScope = readScope(a, type);
      const facts = factsOf(row);
      expect(matchesScope(scope, facts)).toBe(can(a, 'read' as VerbOf<R>, row));
      reached.add(branchOf(a, scope, facts));
    }),
    { numRuns: RUNS },
  );
  return reached;
}

describe('read scopes agree with can(read)', () => {
  it('partnerships: the office (case officers, forum, readers of it or of every office), applicant, members, coordinator, editors', () => {
    const reached = agreement('partnership', partnership, (p) => p);
    expect([...reached].sort()).toEqual(
      ['admin', 'all', 'applicantIn', 'coordinatorPersonIs', 'editorPersonIs', 'memberOrganisationIn', 'miss', 'none', 'officeIdIn', 'several'].sort(),
    );
  });

  it('applications: the partnership’s rule, with the ROUND’s office reading it', () => {
    const reached = agreement('behovsmelding-application', application, (a) => ({ ...a.partnership, officeId: a.officeId }));
    expect([...reached].sort()).toEqual(
      ['admin', 'all', 'applicantIn', 'coordinatorPersonIs', 'editorPersonIs', 'memberOrganisationIn', 'miss', 'none', 'officeIdIn', 'several'].sort(),
    );
  });

  it('people: the case officers of the organisation’s office, any case officer for a national body, the organisation’s own', () => {
    const reached = agreement('person', person, (p) => ({ officeId: p.officeId, organisationId: p.organisationId }));
    expect([...reached].sort()).toEqual(['admin', 'miss', 'nationalBody', 'none', 'officeIdIn', 'organisationIn', 'several'].sort());
  });

  it('invitations: every case officer, and the invited person’s organisation', () => {
    const reached = agreement('invitation', invitation, (i) => ({ officeId: i.officeId, organisationId: i.organisationId }));
    expect([...reached].sort()).toEqual(['admin', 'all', 'miss', 'none', 'organisationIn'].sort());
  });

  it('rounds: everyone logged in', () => {
    const reached = agreement('behovsmelding-round', round, (r) => ({ officeId: r.officeId }));
    expect([...reached].sort()).toEqual(['admin', 'all', 'none'].sort());
  });

  it('questionnaire responses: the user who started it and the users named its editors', () => {
    // Actors here are users too (or the system, with no user id), as a response names users, not people.
    const users = fc.tuple(actor, fc.constantFrom(null, ...USERS)).map(([a, userId]) => ({ ...a, userId }));
    const reached = agreement('questionnaire-response', response, (r) => ({ officeId: null, creatorUserId: r.createdByUserId, editorUserIds: r.editorUserIds }), users);
    expect([...reached].sort()).toEqual(['admin', 'creatorUserIs', 'editorUserIs', 'miss', 'none', 'several'].sort());
  });
});

describe('what a scope looks like', () => {
  it('names the offices and organisations of every grant, and the actor as coordinator and editor', () => {
    const a = actorWith([grant.staff('office-a'), grant.forum('office-b'), grant.coordinator('org-1'), grant.uhContact('org-2')], 'person-1');
    expect(readScope(a, 'partnership')).toEqual({
      anyOf: [
        { officeIdIn: ['office-a', 'office-b'] },
        { applicantIn: ['org-1', 'org-2'] },
        { coordinatorPersonIs: 'person-1' },
        { editorPersonIs: 'person-1' },
        { memberOrganisationIn: ['org-1', 'org-2'] },
      ],
    });
  });

  it('gives a case officer the national bodies’ people besides their office’s', () => {
    expect(readScope(actorWith([grant.staff('office-a')]), 'person')).toEqual({ anyOf: [{ officeIdIn: ['office-a'] }, { nationalBody: true }] });
  });

  it('gives every row to the admin and to a reader of every office, and none to a user whose roles were revoked', () => {
    expect(readScope(actorWith([grant.admin()]), 'person')).toEqual({ all: true });
    expect(readScope(actorWith([grant.reader(null)]), 'behovsmelding-application')).toEqual({ all: true });
    expect(readScope(actorWith([], 'person-1'), 'behovsmelding-round')).toEqual({ none: true });
    expect(readScope(actorWith([], 'person-1'), 'partnership')).toEqual({ anyOf: [{ coordinatorPersonIs: 'person-1' }, { editorPersonIs: 'person-1' }] });
  });
});
