// The shape of a module's policy: for each resource type it owns, one rule per verb. A mapped type, so a verb
// without a rule (or a rule for a verb the resource does not have) fails to compile.
import type { Actor } from './roles.ts';

/** Who may use each verb on a resource of one type. Rules leave the admin to the composition (src/domain/access/policy.ts). */
export type Rules<R, V extends string> = { readonly [K in V]: (actor: Actor, resource: R) => boolean };

/** A module's policy: its resource types (the `type` of each resource) with their rules. `V` maps type → verbs. */
export type ModulePolicy<R extends { type: string }, V extends { [T in R['type']]: string }> = {
  readonly [T in R['type']]: Rules<Extract<R, { type: T }>, V[T]>;
};
