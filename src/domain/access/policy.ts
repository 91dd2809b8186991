// The access policy: every module's rules (src/domain/<module>/policy.ts) composed behind one typed `can`. Every use
// case asks it before reading or writing; routes never decide alone. Decisions depend only on the actor's role
// grants and the resource's office, organisation and partnership. The admin passes every check but the personal acts
// (PERSONAL_VERBS: scoring, voting and adopting in the samarbeidsforum, approving decisions), which only the people a
// rule names may do.
import { AppError } from '../shared/app-error.ts';
import { auditPolicy, type AuditResource, type AuditVerbs } from '../audit/policy.ts';
import { FORUM_PERSONAL_VERBS, forumPolicy, type ForumModuleResource, type ForumVerbs } from '../forum/policy.ts';
import { behovsmeldingPolicy, behovsmeldingReadScopes, type BehovsmeldingResource, type BehovsmeldingVerbs } from '../behovsmelding/policy.ts';
import { orgPolicy, orgReadScopes, type OrgResource, type OrgVerbs } from '../org/policy.ts';
import { platformPolicy, type EmailOutboxResource, type PlatformVerbs } from '../platform/policy.ts';
import { questionnairePolicy, questionnaireReadScopes, type QuestionnaireModuleResource, type QuestionnaireVerbs } from '../questionnaire/policy.ts';
import { referencePolicy, type ReferenceResource, type ReferenceVerbs } from '../reference/policy.ts';
import { TILSAGN_PERSONAL_VERBS, tilsagnPolicy, type TilsagnModuleResource, type TilsagnVerbs } from '../tilsagn/policy.ts';
import { UTBETALING_PERSONAL_VERBS, utbetalingPolicy, type UtbetalingModuleResource, type UtbetalingVerbs } from '../utbetaling/policy.ts';
import { arkivPolicy, type ArkivModuleResource, type ArkivVerbs } from '../arkiv/policy.ts';
import { accessPolicy, accessReadScopes, type AccessResource, type AccessVerbs } from './access-policy.ts';
import type { Rules } from './module-policy.ts';
import { isAdmin } from './predicates.ts';
import { ALL_ROWS } from './read-scope.ts';
import type { Actor } from './roles.ts';

export type { GrantTarget } from './access-policy.ts';

export type Resource = OrgResource | AccessResource | AuditResource | EmailOutboxResource | ReferenceResource | BehovsmeldingResource | QuestionnaireModuleResource | ForumModuleResource | TilsagnModuleResource | UtbetalingModuleResource | ArkivModuleResource;
export type ResourceType = Resource['type'];
/** Each resource type's verbs, as its module declares them. */
export type VerbsByType = OrgVerbs & AccessVerbs & AuditVerbs & PlatformVerbs & ReferenceVerbs & BehovsmeldingVerbs & QuestionnaireVerbs & ForumVerbs & TilsagnVerbs & UtbetalingVerbs & ArkivVerbs;
/** The verbs of a resource: `can(actor, 'submit', round)` fails to compile, since a round cannot be submitted. */
export type VerbOf<R extends Resource> = R extends Resource ? VerbsByType[R['type']] : never;
/** A verb named with its resource type, as the access matrix names what a route asks: 'behovsmelding-application.submit'. */
export type PolicyVerb = { [T in ResourceType]: `${T}.${VerbsByType[T]}` }[ResourceType];

type Policy = { readonly [T in ResourceType]: Rules<Extract<Resource, { type: T }>, VerbsByType[T]> };

const POLICY: Policy = { ...orgPolicy, ...accessPolicy, ...auditPolicy, ...platformPolicy, ...referencePolicy, ...behovsmeldingPolicy, ...questionnairePolicy, ...forumPolicy, ...tilsagnPolicy, ...utbetalingPolicy, ...arkivPolicy };

/** Acts done in person (a member's score or vote, the secretariat recording an adoption, a budsjettdisponent's
 * approval): admin rights give none. */
const PERSONAL_VERBS: ReadonlySet<string> = new Set<PolicyVerb>([...FORUM_PERSONAL_VERBS, ...TILSAGN_PERSONAL_VERBS, ...UTBETALING_PERSONAL_VERBS]);

export function can<R extends Resource>(actor: Actor, verb: VerbOf<R>, resource: R): boolean {
  if (isAdmin(actor) && !PERSONAL_VERBS.has(`${resource.type}.${verb}`)) return true;
  const rules = POLICY[resource.type] as unknown as Partial<Record<string, (actor: Actor, resource: R) => boolean>>;
  const rule = rules[verb];
  // Unreachable through the types; a verb from an untyped caller is refused rather than thrown on.
  return rule !== undefined && rule(actor, resource);
}

export function assertCan<R extends Resource>(actor: Actor, verb: VerbOf<R>, resource: R): void {
  if (!can(actor, verb, resource)) throw AppError.forbidden();
}

/** The verbs a resource type has, in the order its module declares them. */
export function verbsOf<T extends ResourceType>(type: T): VerbsByType[T][] {
  return Object.keys(POLICY[type]) as VerbsByType[T][];
}

/** The verbs this actor may use on this resource (for the UI to offer only those). */
export function allowedVerbs<R extends Resource>(actor: Actor, resource: R): VerbOf<R>[] {
  return (verbsOf(resource.type) as VerbOf<R>[]).filter((verb) => can(actor, verb, resource));
}

/** Every verb of every resource type, named as `PolicyVerb`. */
export function policyVerbs(): PolicyVerb[] {
  return (Object.keys(POLICY) as ResourceType[]).flatMap((type) => verbsOf(type).map((verb) => `${type}.${verb}` as PolicyVerb));
}

// ---- Read scopes (ADR 013) -------------------------------------------------------------------------------------

/** The listed resource types' read scopes, each the `read` rule of its module as the rows a list may show. */
const READ_SCOPES = { ...orgReadScopes, ...accessReadScopes, ...behovsmeldingReadScopes, ...questionnaireReadScopes } satisfies Partial<Record<ResourceType, unknown>>;
export type ListedType = keyof typeof READ_SCOPES;
export type ScopeByType = { [T in ListedType]: ReturnType<(typeof READ_SCOPES)[T]> };

/** The rows of this type the actor may read, as data for a repository to say in SQL: exactly the rows
 * `can(actor, 'read', …)` allows (read-scope.test.ts). The admin reads every row, as `can` decides once, here. */
export function readScope<T extends ListedType>(actor: Actor, type: T): ScopeByType[T] {
  if (isAdmin(actor)) return ALL_ROWS as ScopeByType[T];
  return READ_SCOPES[type](actor) as ScopeByType[T];
}
