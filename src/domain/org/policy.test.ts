// The org module's policy, branch by branch: who may do what with organisations, people and partnerships.
import { describe, expect, it } from 'vitest';
import { actorWith, grant } from '../access/policy-actors.ts';
import { allowedVerbs, can } from '../access/policy.ts';
import type { Actor } from '../access/roles.ts';
import type { OrganisationResource, PartnershipResource, PersonResource } from './policy.ts';

const HERE = 'office-here';
const ELSEWHERE = 'office-elsewhere';
const ORG = 'org-own';
const OTHER_ORG = 'org-other';

type Row = [who: string, actor: Actor, verbs: string[]];

describe('organisation', () => {
  const org: OrganisationResource = { type: 'organisation', id: ORG, officeId: HERE };
  const national: OrganisationResource = { type: 'organisation', id: ORG, officeId: null };
  const unregistered: OrganisationResource = { type: 'organisation', id: null, officeId: HERE };

  it.each<Row>([
    ['a case officer of its office', actorWith([grant.staff(HERE)]), ['read', 'create', 'edit']],
    ['a case officer elsewhere: reads the public directory only', actorWith([grant.staff(ELSEWHERE)]), ['read']],
    ['its owner coordinator', actorWith([grant.coordinator(ORG)]), ['read', 'edit']],
    ['its UH contact', actorWith([grant.uhContact(ORG)]), ['read', 'edit']],
    ['its study centre', actorWith([grant.studyCentre(ORG)]), ['read', 'edit']],
    ['another organisation’s coordinator', actorWith([grant.coordinator(OTHER_ORG)]), ['read']],
    ['the forum of its office', actorWith([grant.forum(HERE)]), ['read']],
    ['a reader', actorWith([grant.reader(HERE)]), ['read']],
    ['someone without roles', actorWith([]), []],
  ])('%s', (_who, actor, verbs) => expect(allowedVerbs(actor, org)).toEqual(verbs));

  it('makes a national body (no office) every case officer’s', () => {
    expect(allowedVerbs(actorWith([grant.staff(ELSEWHERE)]), national)).toEqual(['read', 'create', 'edit']);
    expect(allowedVerbs(actorWith([grant.forum(ELSEWHERE)]), national)).toEqual(['read']);
  });

  it('lets no organisation role act for an organisation not yet registered', () => {
    expect(allowedVerbs(actorWith([grant.coordinator(ORG)]), unregistered)).toEqual(['read']);
    expect(allowedVerbs(actorWith([grant.staff(HERE)]), unregistered)).toEqual(['read', 'create', 'edit']);
  });
});

describe('person (personal data: the office and the own organisation only)', () => {
  const person: PersonResource = { type: 'person', organisationId: ORG, officeId: HERE };
  const ALL = ['read', 'create', 'edit'];

  it.each<Row>([
    ['a case officer of the organisation’s office', actorWith([grant.staff(HERE)]), ALL],
    ['a case officer elsewhere', actorWith([grant.staff(ELSEWHERE)]), []],
    ['the organisation’s coordinator', actorWith([grant.coordinator(ORG)]), ALL],
    ['the organisation’s UH contact', actorWith([grant.uhContact(ORG)]), ALL],
    ['the organisation’s study centre', actorWith([grant.studyCentre(ORG)]), ALL],
    ['another organisation’s coordinator', actorWith([grant.coordinator(OTHER_ORG)]), []],
    ['the forum of the office', actorWith([grant.forum(HERE)]), []],
    ['a platform-wide reader', actorWith([grant.reader(null)]), []],
  ])('%s', (_who, actor, verbs) => expect(allowedVerbs(actor, person)).toEqual(verbs));

  it('makes the people of a national body every case officer’s', () => {
    expect(allowedVerbs(actorWith([grant.staff(ELSEWHERE)]), { ...person, officeId: null })).toEqual(ALL);
  });
});

describe('partnership', () => {
  const APPLICANT = 'org-applicant';
  const MEMBER = 'org-member';
  const COORDINATOR = 'person-coordinator';
  const EDITOR = 'person-editor';
  const partnership: PartnershipResource = {
    type: 'partnership',
    officeId: HERE,
    applicantId: APPLICANT,
    memberIds: [APPLICANT, MEMBER],
    coordinatorPersonId: COORDINATOR,
    editorPersonIds: [EDITOR],
  };

  it.each<Row>([
    ['a case officer of its office', actorWith([grant.staff(HERE)]), ['read', 'create', 'edit', 'delete', 'manage-editors', 'move']],
    ['a case officer elsewhere', actorWith([grant.staff(ELSEWHERE)]), []],
    ['the forum of its office', actorWith([grant.forum(HERE)]), ['read']],
    ['the forum elsewhere', actorWith([grant.forum(ELSEWHERE)]), []],
    ['a reader of its office', actorWith([grant.reader(HERE)]), ['read']],
    ['a platform-wide reader', actorWith([grant.reader(null)]), ['read']],
    ['a reader elsewhere', actorWith([grant.reader(ELSEWHERE)]), []],
    ['the applicant’s owner coordinator', actorWith([grant.coordinator(APPLICANT)]), ['read', 'create', 'edit', 'manage-editors']],
    ['the applicant’s UH contact: coordinates, but only owner coordinators create', actorWith([grant.uhContact(APPLICANT)]), ['read', 'edit', 'manage-editors']],
    ['the person named coordinator', actorWith([grant.studyCentre(OTHER_ORG)], COORDINATOR), ['read', 'edit', 'manage-editors']],
    ['a granted editor: edits, but does not choose editors', actorWith([grant.uhContact(OTHER_ORG)], EDITOR), ['read', 'edit']],
    ['a granted editor whose roles are gone: the grant is to the person', actorWith([], EDITOR), ['read', 'edit']],
    ['a member organisation’s coordinator', actorWith([grant.coordinator(MEMBER)]), ['read']],
    ['an outsider organisation', actorWith([grant.coordinator(OTHER_ORG)]), []],
    ['a person named nowhere', actorWith([grant.uhContact(OTHER_ORG)], 'person-someone'), []],
  ])('%s', (_who, actor, verbs) => expect(allowedVerbs(actor, partnership)).toEqual(verbs));

  it('has no editors when none are given', () => {
    const { editorPersonIds: _e, ...withoutEditors } = partnership;
    expect(allowedVerbs(actorWith([], EDITOR), withoutEditors)).toEqual([]);
  });

  it('is nobody’s to coordinate by person when no coordinator is named', () => {
    expect(allowedVerbs(actorWith([grant.uhContact(OTHER_ORG)], null), { ...partnership, coordinatorPersonId: null })).toEqual([]);
  });

  it('lets only the case officers of both offices move it', () => {
    const moving = { ...partnership, moveToOfficeId: ELSEWHERE };
    expect(can(actorWith([grant.staff(HERE), grant.staff(ELSEWHERE)]), 'move', moving)).toBe(true);
    expect(can(actorWith([grant.staff(HERE)]), 'move', moving)).toBe(false);
    expect(can(actorWith([grant.staff(ELSEWHERE)]), 'move', moving)).toBe(false);
    expect(can(actorWith([grant.coordinator(APPLICANT)], COORDINATOR), 'move', moving)).toBe(false);
    // Without a destination: may this actor move it anywhere at all (the form shows the office field).
    expect(can(actorWith([grant.staff(HERE)]), 'move', partnership)).toBe(true);
  });

  it('lets an owner coordinator create one only with their own organisation as applicant', () => {
    expect(can(actorWith([grant.coordinator(MEMBER)]), 'create', partnership)).toBe(false);
    expect(can(actorWith([grant.coordinator(MEMBER)]), 'create', { ...partnership, applicantId: MEMBER })).toBe(true);
  });
});
