// The behovsmelding module's policy, branch by branch: rounds are public and run by their office; an application
// is written by those who write for its partnership and weighed by its round's office, which returns it but never
// writes it. An extension's reason is for the round's case officers and the partnership's own people only.
import { describe, expect, it } from 'vitest';
import { actorWith, grant } from '../access/policy-actors.ts';
import { allowedVerbs, can } from '../access/policy.ts';
import type { Actor } from '../access/roles.ts';
import type { PartnershipResource } from '../org/policy.ts';
import type { ApplicationResource, RoundResource } from './policy.ts';

const HERE = 'office-here';
const ELSEWHERE = 'office-elsewhere';
const APPLICANT = 'org-applicant';
const MEMBER = 'org-member';
const OUTSIDER = 'org-outsider';
const COORDINATOR = 'person-coordinator';
const EDITOR = 'person-editor';

type Row = [who: string, actor: Actor, verbs: string[]];

describe('round', () => {
  const round: RoundResource = { type: 'behovsmelding-round', officeId: HERE };

  it.each<Row>([
    ['a case officer of its office', actorWith([grant.staff(HERE)]), ['read', 'open', 'edit', 'extend', 'withdraw-extension', 'review']],
    ['a case officer elsewhere: the round is public, its work is not theirs', actorWith([grant.staff(ELSEWHERE)]), ['read']],
    ['the forum of its office: weighs the applications', actorWith([grant.forum(HERE)]), ['read', 'review']],
    ['the forum elsewhere', actorWith([grant.forum(ELSEWHERE)]), ['read']],
    ['a reader of its office', actorWith([grant.reader(HERE)]), ['read', 'review']],
    ['a platform-wide reader', actorWith([grant.reader(null)]), ['read', 'review']],
    ['a reader elsewhere', actorWith([grant.reader(ELSEWHERE)]), ['read']],
    ['a coordinator', actorWith([grant.coordinator(APPLICANT)]), ['read']],
    ['a UH contact', actorWith([grant.uhContact(APPLICANT)]), ['read']],
    ['someone without roles', actorWith([]), []],
    ['the admin', actorWith([grant.admin()]), ['read', 'open', 'edit', 'extend', 'withdraw-extension', 'review']],
  ])('%s', (_who, actor, verbs) => expect(allowedVerbs(actor, round)).toEqual(verbs));
});

describe('application', () => {
  const partnership: PartnershipResource = {
    type: 'partnership',
    officeId: HERE,
    applicantId: APPLICANT,
    memberIds: [APPLICANT, MEMBER],
    coordinatorPersonId: COORDINATOR,
    editorPersonIds: [EDITOR],
  };
  const application: ApplicationResource = { type: 'behovsmelding-application', officeId: HERE, partnership };
  // Issue 12: those who submit may also withdraw a submission and delete a draft.
  const WRITER = ['read', 'start', 'edit', 'submit', 'withdraw', 'delete', 'export', 'read-extension-reason'];

  it.each<Row>([
    ['a case officer of the round’s office: reads, exports, returns; never writes', actorWith([grant.staff(HERE)]), ['read', 'return', 'export', 'read-extension-reason']],
    ['a case officer elsewhere', actorWith([grant.staff(ELSEWHERE)]), []],
    ['the forum of the round’s office: reads, not the extension’s reason', actorWith([grant.forum(HERE)]), ['read', 'export']],
    ['a reader of the round’s office', actorWith([grant.reader(HERE)]), ['read', 'export']],
    ['a platform-wide reader', actorWith([grant.reader(null)]), ['read', 'export']],
    ['a reader elsewhere', actorWith([grant.reader(ELSEWHERE)]), []],
    ['the applicant’s owner coordinator', actorWith([grant.coordinator(APPLICANT)]), WRITER],
    ['the applicant’s UH contact', actorWith([grant.uhContact(APPLICANT)]), WRITER],
    ['the person named coordinator', actorWith([grant.studyCentre(OUTSIDER)], COORDINATOR), WRITER],
    ['a granted editor', actorWith([grant.uhContact(OUTSIDER)], EDITOR), WRITER],
    ['a member organisation: reads, and sees why the partnership got more time', actorWith([grant.coordinator(MEMBER)]), ['read', 'export', 'read-extension-reason']],
    ['an outsider organisation', actorWith([grant.coordinator(OUTSIDER)]), []],
    ['someone without roles', actorWith([]), []],
  ])('%s', (_who, actor, verbs) => expect(allowedVerbs(actor, application)).toEqual(verbs));

  it('follows the round’s office, not the partnership’s, once the partnership has moved', () => {
    const moved: ApplicationResource = { ...application, partnership: { ...partnership, officeId: ELSEWHERE } };
    expect(allowedVerbs(actorWith([grant.staff(HERE)]), moved)).toEqual(['read', 'return', 'export', 'read-extension-reason']);
    expect(allowedVerbs(actorWith([grant.forum(HERE)]), moved)).toEqual(['read', 'export']);
    expect(allowedVerbs(actorWith([grant.staff(ELSEWHERE)]), moved)).toEqual([]);
    expect(allowedVerbs(actorWith([grant.forum(ELSEWHERE)]), moved)).toEqual([]);
    // The partnership's own people keep their rights wherever it is.
    expect(allowedVerbs(actorWith([grant.coordinator(APPLICANT)]), moved)).toEqual(WRITER);
  });

  it('lets whoever acts for the applicant, the named coordinator and editors start one — not the office', () => {
    expect(can(actorWith([grant.studyCentre(APPLICANT)]), 'start', application)).toBe(true);
    expect(can(actorWith([grant.studyCentre(MEMBER)]), 'start', application)).toBe(false);
    expect(can(actorWith([grant.staff(HERE)]), 'start', application)).toBe(false);
  });
});
