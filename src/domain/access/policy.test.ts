// The composition of the module policies: the admin passes everything but the personal acts, each resource type has its own verbs (a verb
// of another type does not compile), and allowedVerbs lists what `can` allows.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { auditPolicy } from '../audit/policy.ts';
import { behovsmeldingPolicy, type ApplicationVerb, type RoundResource, type RoundVerb } from '../behovsmelding/policy.ts';
import { orgPolicy, type PartnershipResource } from '../org/policy.ts';
import { platformPolicy } from '../platform/policy.ts';
import { questionnairePolicy } from '../questionnaire/policy.ts';
import { FORUM_PERSONAL_VERBS, forumPolicy, type AllocationResource, type ForumItemResource } from '../forum/policy.ts';
import { referencePolicy } from '../reference/policy.ts';
import { TILSAGN_PERSONAL_VERBS, tilsagnPolicy } from '../tilsagn/policy.ts';
import { UTBETALING_PERSONAL_VERBS, utbetalingPolicy } from '../utbetaling/policy.ts';
import { arkivPolicy } from '../arkiv/policy.ts';
import { AppError } from '../shared/app-error.ts';
import { accessPolicy } from './access-policy.ts';
import { actorWith, grant } from './policy-actors.ts';
import { allowedVerbs, assertCan, can, policyVerbs, verbsOf, type Resource } from './policy.ts';
import type { Actor } from './roles.ts';

const MODULES = [orgPolicy, accessPolicy, auditPolicy, platformPolicy, referencePolicy, behovsmeldingPolicy, questionnairePolicy, forumPolicy, tilsagnPolicy, utbetalingPolicy, arkivPolicy];

/** One resource of every type, with ids that match nobody's grants. */
const partnership: PartnershipResource = { type: 'partnership', officeId: 'o', memberIds: ['m'], applicantId: 'a', coordinatorPersonId: 'p', editorPersonIds: ['e'] };
const EVERY_TYPE: Resource[] = [
  { type: 'organisation', id: 'x', officeId: 'o' },
  { type: 'person', organisationId: 'x', officeId: 'o' },
  partnership,
  { type: 'invitation', organisationId: 'x', officeId: 'o', roles: [{ role: 'forum', officeId: 'o', organisationId: null }] },
  { type: 'user-roles', officeIds: [] },
  { type: 'role-grant', grant: { role: 'admin', officeId: null, organisationId: null } },
  { type: 'audit' },
  { type: 'email-outbox' },
  { type: 'reference' },
  { type: 'scheme' },
  { type: 'region', officeId: null },
  { type: 'behovsmelding-round', officeId: 'o' },
  { type: 'behovsmelding-application', officeId: 'o', partnership },
  { type: 'questionnaire' },
  { type: 'questionnaire-response', createdByUserId: 'someone-else', editorUserIds: [] },
  { type: 'forum', officeId: 'o' },
  { type: 'budget-frame', officeId: 'o' },
  { type: 'forum-allocation', officeId: 'o', quorate: true },
  { type: 'forum-item', officeId: 'o', memberPersonIds: ['m'], scorerPersonIds: ['m'], voterPersonIds: ['m'], submittedPersonIds: ['m'], quorate: true },
  { type: 'tilsagn', officeId: 'o' },
  { type: 'vedtak-batch', officeId: 'o', preparerUserIds: [], submitterUserId: null },
  { type: 'vedtak', officeId: 'o', partnership, issued: true, needsAcceptance: true },
  { type: 'recipient-profile', officeId: 'o' },
  { type: 'utbetaling', officeId: 'o' },
  { type: 'payment-batch', officeId: 'o', preparerUserIds: [], submitterUserId: null },
  { type: 'partnership-money', officeId: 'o', partnership },
  { type: 'account-change', officeId: 'o' },
  { type: 'archive', officeId: 'o' },
];

const isPersonal = (type: string, verb: string) => ([...FORUM_PERSONAL_VERBS, ...TILSAGN_PERSONAL_VERBS, ...UTBETALING_PERSONAL_VERBS] as readonly string[]).includes(`${type}.${verb}`);

describe('the composed policy', () => {
  it('knows each resource type from exactly one module, and the test above has one resource of each', () => {
    const types = MODULES.flatMap((m) => Object.keys(m));
    expect(new Set(types).size).toBe(types.length);
    expect(EVERY_TYPE.map((r) => r.type).sort()).toEqual([...types].sort());
  });

  it('lets the admin use every verb on every resource but the personal acts', () => {
    const admin = actorWith([grant.admin()]);
    for (const resource of EVERY_TYPE) expect(allowedVerbs(admin, resource)).toEqual(verbsOf(resource.type).filter((v) => !isPersonal(resource.type, v)));
  });

  it('gives the admin no forum acts: scoring, voting and adopting are refused to anyone the rule does not name, admin included', () => {
    const admin = actorWith([grant.admin()], 'admin-person');
    const item = EVERY_TYPE.find((r): r is ForumItemResource => r.type === 'forum-item')!;
    const allocation = EVERY_TYPE.find((r): r is AllocationResource => r.type === 'forum-allocation')!;
    expect(FORUM_PERSONAL_VERBS).toEqual(['forum-item.score', 'forum-item.vote', 'forum-item.record-decision', 'forum-allocation.adopt']);
    for (const verb of ['score', 'vote', 'record-decision'] as const) expect(can(admin, verb, item), verb).toBe(false);
    expect(can(admin, 'adopt', allocation)).toBe(false);
  });

  it('gives an actor without roles nothing at all', () => {
    for (const resource of EVERY_TYPE) expect(allowedVerbs(actorWith([]), resource), resource.type).toEqual([]);
  });

  it('lists the verbs of each type in the order its module declares them, and names them for the access matrix', () => {
    expect(verbsOf('behovsmelding-application')).toEqual(['read', 'start', 'edit', 'submit', 'withdraw', 'delete', 'return', 'export', 'read-extension-reason']);
    expect(verbsOf('behovsmelding-round')).toEqual(['read', 'open', 'edit', 'extend', 'withdraw-extension', 'review']);
    expect(verbsOf('partnership')).toEqual(['read', 'create', 'edit', 'delete', 'manage-editors', 'move']);
    expect(verbsOf('questionnaire')).toEqual(['publish', 'start']);
    expect(verbsOf('questionnaire-response')).toEqual(['read', 'edit', 'submit', 'export']);
    const all = policyVerbs();
    expect(all).toContain('behovsmelding-application.submit');
    expect(all).toContain('partnership.manage-editors');
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(EVERY_TYPE.reduce((n, r) => n + verbsOf(r.type).length, 0));
  });

  it('allowedVerbs agrees with can, verb by verb', () => {
    const staff = actorWith([grant.staff('o')]);
    for (const resource of EVERY_TYPE) {
      const allowed = allowedVerbs(staff, resource);
      for (const verb of verbsOf(resource.type)) expect(allowed.includes(verb as never), `${resource.type}.${verb}`).toBe(can(staff, verb as never, resource));
    }
  });

  it('assertCan throws the forbidden AppError when refused and nothing when allowed', () => {
    const round: RoundResource = { type: 'behovsmelding-round', officeId: 'o' };
    expect(() => assertCan(actorWith([grant.staff('o')]), 'open', round)).not.toThrow();
    const refused = (() => {
      try {
        assertCan(actorWith([grant.staff('other')]), 'open', round);
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('FORBIDDEN');
  });

  it('refuses a verb the resource does not have if an untyped caller sends one (everyone but the admin)', () => {
    const round: RoundResource = { type: 'behovsmelding-round', officeId: 'o' };
    expect(can(actorWith([grant.staff('o')]), 'update' as never, round)).toBe(false);
  });

  it('types verbs per resource', () => {
    const actor = actorWith([]);
    expectTypeOf(allowedVerbs(actor, { type: 'behovsmelding-round', officeId: 'o' })).toEqualTypeOf<RoundVerb[]>();
    expectTypeOf(allowedVerbs(actor, { type: 'behovsmelding-application', officeId: 'o', partnership })).toEqualTypeOf<ApplicationVerb[]>();
  });
});

// Never called: `npm run typecheck` proves that these do not compile.
export function verbsThatDoNotCompile(actor: Actor) {
  // @ts-expect-error a round is not submitted; its applications are
  can(actor, 'submit', { type: 'behovsmelding-round', officeId: 'o' });
  // @ts-expect-error the generic actions are gone: a partnership is edited
  can(actor, 'update', partnership);
  // @ts-expect-error verbs disguised as resources are gone: returning is a verb of the application
  can(actor, 'update', { type: 'behovsmelding-return', officeId: 'o' });
  // @ts-expect-error a region has no delete
  assertCan(actor, 'delete', { type: 'region', officeId: null });
}
