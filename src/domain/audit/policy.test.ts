// The audit log is the admin's alone.
import { expect, it } from 'vitest';
import { actorWith, grant } from '../access/policy-actors.ts';
import { allowedVerbs } from '../access/policy.ts';

it('lets the admin read the audit log and nobody else', () => {
  expect(allowedVerbs(actorWith([grant.admin()]), { type: 'audit' })).toEqual(['read']);
  for (const g of [grant.staff('office'), grant.forum('office'), grant.reader(null), grant.coordinator('org'), grant.uhContact('org'), grant.studyCentre('org')])
    expect(allowedVerbs(actorWith([g]), { type: 'audit' }), g.role).toEqual([]);
});
