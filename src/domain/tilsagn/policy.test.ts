// Approving a round's decisions uses budget authority (Bestemmelser om økonomistyring i staten 6.3.3): the one who
// prepares is not the one who approves. Attack: a case officer, the admin, the one who sent the list, or a forum
// member approves decisions they had a hand in or no authority for. Victim: the state's two-person control.
// And the fix must not block too much: a budsjettdisponent of the office who had no hand in the list approves.
import { describe, expect, it } from 'vitest';
import { can } from '../access/policy.ts';
import type { Actor, RoleGrant } from '../access/roles.ts';
import type { VedtakBatchResource } from './policy.ts';

const OFFICE = 'troms-og-finnmark';
const person = (userId: string, grants: RoleGrant[]): Actor => ({ userId, personId: `p-${userId}`, name: userId, organisationId: null, grants });
const office = (role: 'saksbehandler' | 'budsjettdisponent' | 'forum', officeId = OFFICE): RoleGrant => ({ role, officeId, organisationId: null });

const preparer = person('preparer', [office('saksbehandler'), office('budsjettdisponent')]);
const submitter = person('submitter', [office('saksbehandler'), office('budsjettdisponent')]);
const caseOfficer = person('officer', [office('saksbehandler')]);
const admin = person('admin', [{ role: 'admin', officeId: null, organisationId: null }]);
const forumMember = person('forum', [office('forum')]);
const disponent = person('disponent', [office('budsjettdisponent')]);
const otherDisponent = person('other', [office('budsjettdisponent', 'nordland')]);

const batch: VedtakBatchResource = { type: 'vedtak-batch', officeId: OFFICE, preparerUserIds: ['preparer'], submitterUserId: 'submitter' };

describe('approving and returning an approval list', () => {
  it.each([
    ['the preparer, though a budsjettdisponent', preparer],
    ['the one who sent it for approval, though a budsjettdisponent', submitter],
    ['the admin', admin],
    ['a case officer without budget authority', caseOfficer],
    ['a forum member', forumMember],
    ['a budsjettdisponent of another office', otherDisponent],
  ])('refuses %s', (_who, actor) => {
    expect(can(actor, 'approve', batch)).toBe(false);
    expect(can(actor, 'return', batch)).toBe(false);
  });

  it('lets a budsjettdisponent of the office who had no hand in it approve and return it', () => {
    expect(can(disponent, 'approve', batch)).toBe(true);
    expect(can(disponent, 'return', batch)).toBe(true);
  });

  it('refuses the budsjettdisponent once they prepared any one decision of the list', () => {
    expect(can(disponent, 'approve', { ...batch, preparerUserIds: ['preparer', 'disponent'] })).toBe(false);
  });

  it('refuses an actor without a user (the CLI’s system actor), who cannot be told apart from the preparers', () => {
    expect(can({ ...disponent, userId: null }, 'approve', batch)).toBe(false);
  });
});

describe('preparing and reading decisions', () => {
  const round = { type: 'tilsagn', officeId: OFFICE } as const;

  it('lets the case officers prepare and send, not the forum or the budsjettdisponent', () => {
    expect(can(caseOfficer, 'prepare', round)).toBe(true);
    expect(can(caseOfficer, 'submit', batch)).toBe(true);
    expect(can(forumMember, 'prepare', round)).toBe(false);
    expect(can(forumMember, 'edit', batch)).toBe(false);
    expect(can(disponent, 'prepare', round)).toBe(false);
  });

  it('lets the office’s people read the round’s decisions, nobody of another office', () => {
    for (const actor of [caseOfficer, forumMember, disponent]) expect(can(actor, 'read', batch)).toBe(true);
    expect(can(otherDisponent, 'read', batch)).toBe(false);
    expect(can(otherDisponent, 'read', round)).toBe(false);
  });
});
