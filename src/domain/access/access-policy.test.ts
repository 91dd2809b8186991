// The access module's policy: who reads and sends invitations, lists users, and grants or revokes roles.
import { describe, expect, it } from 'vitest';
import type { GrantTarget, InvitationResource } from './access-policy.ts';
import { actorWith, grant } from './policy-actors.ts';
import { allowedVerbs, can } from './policy.ts';

const HERE = 'office-here';
const ELSEWHERE = 'office-elsewhere';
const ORG = 'org-own';
const OTHER_ORG = 'org-other';

const staffHere = actorWith([grant.staff(HERE)]);
const staffElsewhere = actorWith([grant.staff(ELSEWHERE)]);
const coordinator = actorWith([grant.coordinator(ORG)]);

const officeRole = (role: 'forum' | 'saksbehandler' | 'leser' | 'admin', officeId: string | null): GrantTarget => ({ role, officeId, organisationId: null });
const orgRole = (role: 'eierkoordinator' | 'uh-kontakt' | 'studiesenter', organisationId: string, organisationOfficeId?: string | null): GrantTarget => ({
  role,
  officeId: null,
  organisationId,
  organisationOfficeId,
});
const invitation = (roles: GrantTarget[], organisationId = ORG): InvitationResource => ({ type: 'invitation', organisationId, officeId: HERE, roles });

describe('invitation', () => {
  it('is read by every case officer and by the organisation’s own people', () => {
    const pending = invitation([]);
    expect(can(staffHere, 'read', pending)).toBe(true);
    expect(can(staffElsewhere, 'read', pending)).toBe(true);
    expect(can(coordinator, 'read', pending)).toBe(true);
    expect(can(actorWith([grant.uhContact(ORG)]), 'read', pending)).toBe(true);
    expect(can(actorWith([grant.coordinator(OTHER_ORG)]), 'read', pending)).toBe(false);
    expect(can(actorWith([grant.forum(HERE)]), 'read', pending)).toBe(false);
    expect(can(actorWith([grant.reader(null)]), 'read', pending)).toBe(false);
  });

  it('is sent and revoked by a case officer within their office', () => {
    expect(allowedVerbs(staffHere, invitation([orgRole('eierkoordinator', ORG, HERE)]))).toEqual(['read', 'send', 'revoke']);
    expect(allowedVerbs(staffHere, invitation([officeRole('forum', HERE)]))).toEqual(['read', 'send', 'revoke']);
    expect(allowedVerbs(staffElsewhere, invitation([orgRole('eierkoordinator', ORG, HERE)]))).toEqual(['read']);
  });

  it('is sent by a coordinator for colleagues of their own organisation, with roles no wider than their own', () => {
    expect(allowedVerbs(coordinator, invitation([orgRole('eierkoordinator', ORG, HERE)]))).toEqual(['read', 'send', 'revoke']);
    expect(can(coordinator, 'send', invitation([orgRole('uh-kontakt', ORG, HERE)]))).toBe(false);
    expect(can(coordinator, 'send', invitation([officeRole('forum', HERE)]))).toBe(false);
    // The role at another organisation, even in an invitation filed under the own one.
    expect(can(coordinator, 'send', invitation([orgRole('eierkoordinator', OTHER_ORG, HERE)]))).toBe(false);
    expect(can(actorWith([grant.coordinator(OTHER_ORG)]), 'send', invitation([orgRole('eierkoordinator', ORG, HERE)]))).toBe(false);
  });

  it('needs every role it gives to be allowed, and at least one', () => {
    expect(can(coordinator, 'send', invitation([orgRole('eierkoordinator', ORG, HERE), orgRole('uh-kontakt', ORG, HERE)]))).toBe(false);
    expect(can(staffHere, 'send', invitation([]))).toBe(false);
    expect(can(staffHere, 'revoke', invitation([]))).toBe(false);
  });
});

describe('user roles', () => {
  it('are listed for case officers only', () => {
    expect(allowedVerbs(staffElsewhere, { type: 'user-roles', officeIds: [] })).toEqual(['read']);
    for (const g of [grant.forum(HERE), grant.reader(null), grant.coordinator(ORG)])
      expect(allowedVerbs(actorWith([g]), { type: 'user-roles', officeIds: [] }), g.role).toEqual([]);
  });
});

describe('role grant', () => {
  const verbs = (actor: typeof staffHere, target: GrantTarget) => allowedVerbs(actor, { type: 'role-grant', grant: target });

  it('gives office roles in the case officer’s own office', () => {
    expect(verbs(staffHere, officeRole('forum', HERE))).toEqual(['grant', 'revoke']);
    expect(verbs(staffHere, officeRole('leser', HERE))).toEqual(['grant', 'revoke']);
    expect(verbs(staffHere, officeRole('saksbehandler', HERE))).toEqual(['grant', 'revoke']);
    expect(verbs(staffHere, officeRole('forum', ELSEWHERE))).toEqual([]);
  });

  it('never gives the admin role or a platform-wide reader', () => {
    expect(verbs(staffHere, officeRole('admin', HERE))).toEqual([]);
    expect(verbs(staffHere, officeRole('leser', null))).toEqual([]);
  });

  it('gives organisation roles for organisations in the office, and of national bodies to every case officer', () => {
    expect(verbs(staffHere, orgRole('uh-kontakt', ORG, HERE))).toEqual(['grant', 'revoke']);
    expect(verbs(staffHere, orgRole('uh-kontakt', ORG, ELSEWHERE))).toEqual([]);
    expect(verbs(staffElsewhere, orgRole('uh-kontakt', ORG, null))).toEqual(['grant', 'revoke']);
  });

  it('refuses an organisation role whose organisation’s office was not looked up', () => {
    expect(verbs(staffHere, orgRole('uh-kontakt', ORG))).toEqual([]);
  });

  it('is not for coordinators, the forum or readers', () => {
    for (const g of [grant.coordinator(ORG), grant.forum(HERE), grant.reader(HERE)])
      expect(verbs(actorWith([g]), orgRole('eierkoordinator', ORG, HERE)), g.role).toEqual([]);
  });
});
