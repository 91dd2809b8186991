// The reference module's policy: reference data and schemes are read by everyone logged in, schemes changed by the
// admin alone, regions kept by the case officers of their office.
import { describe, expect, it } from 'vitest';
import { actorWith, grant } from '../access/policy-actors.ts';
import { allowedVerbs } from '../access/policy.ts';
import type { Actor } from '../access/roles.ts';
import type { RegionResource } from './policy.ts';

const HERE = 'office-here';
const ELSEWHERE = 'office-elsewhere';
const EVERYONE: [string, Actor][] = [
  ['a case officer', actorWith([grant.staff(HERE)])],
  ['the forum', actorWith([grant.forum(HERE)])],
  ['a reader', actorWith([grant.reader(null)])],
  ['a coordinator', actorWith([grant.coordinator('org')])],
  ['a study centre', actorWith([grant.studyCentre('org')])],
];

describe('reference data and schemes', () => {
  it.each(EVERYONE)('%s reads them and changes no scheme', (_who, actor) => {
    expect(allowedVerbs(actor, { type: 'reference' })).toEqual(['read']);
    expect(allowedVerbs(actor, { type: 'scheme' })).toEqual(['read']);
  });

  it('shows nothing to someone without roles', () => {
    expect(allowedVerbs(actorWith([]), { type: 'reference' })).toEqual([]);
    expect(allowedVerbs(actorWith([]), { type: 'scheme' })).toEqual([]);
  });

  it('leaves schemes to the admin', () => {
    expect(allowedVerbs(actorWith([grant.admin()]), { type: 'scheme' })).toEqual(['read', 'edit']);
  });
});

describe('region', () => {
  const region: RegionResource = { type: 'region', officeId: HERE };

  it.each<[string, Actor, string[]]>([
    ['a case officer of its office', actorWith([grant.staff(HERE)]), ['read', 'create', 'edit']],
    ['a case officer elsewhere', actorWith([grant.staff(ELSEWHERE)]), ['read']],
    ['the forum of its office', actorWith([grant.forum(HERE)]), ['read']],
    ['a coordinator', actorWith([grant.coordinator('org')]), ['read']],
    ['someone without roles', actorWith([]), []],
  ])('%s', (_who, actor, verbs) => expect(allowedVerbs(actor, region)).toEqual(verbs));

  it('leaves a region of no office to the admin (no case officer is its office’s)', () => {
    expect(allowedVerbs(actorWith([grant.staff(HERE)]), { type: 'region', officeId: null })).toEqual(['read']);
  });
});
