// Queued e-mail (recipients and full texts) is the admin's alone.
import { expect, it } from 'vitest';
import { actorWith, grant } from '../access/policy-actors.ts';
import { allowedVerbs } from '../access/policy.ts';

it('lets the admin read the e-mail outbox and send a failed mail again, and nobody else', () => {
  expect(allowedVerbs(actorWith([grant.admin()]), { type: 'email-outbox' })).toEqual(['read', 'resend']);
  for (const g of [grant.staff('office'), grant.forum('office'), grant.reader(null), grant.coordinator('org'), grant.uhContact('org'), grant.studyCentre('org')])
    expect(allowedVerbs(actorWith([g]), { type: 'email-outbox' }), g.role).toEqual([]);
});
