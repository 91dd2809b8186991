// Who may do what with questionnaires and their co-edited responses. For now a response belongs to the one who
// started it and the editors named at the start (user ids); roles, offices and partnerships do not enter into it.
// An anonymous answer has no verb: anyone may give one, and no one is asked who they are.
//
// Composed into src/domain/access/policy.ts like every module's rules (its resources, verbs by type and rule table),
// and each verb is asked by a route of the access matrix. `questionnaireCan` below decides exactly as `can` does
// (the admin passes every check; otherwise the rule) and is kept for the module's own callers.
import type { ModulePolicy, Rules } from '../access/module-policy.ts';
import { isAdmin, isAuthenticated } from '../access/predicates.ts';
import { anyOf, where, type ScopeOf } from '../access/read-scope.ts';
import type { Actor } from '../access/roles.ts';

export type QuestionnaireResource = { type: 'questionnaire' };
/** A co-edited response as the policy sees it: who started it and whom they named as editors. */
export type QuestionnaireResponseResource = { type: 'questionnaire-response'; createdByUserId: string | null; editorUserIds: readonly string[] };
export type QuestionnaireModuleResource = QuestionnaireResource | QuestionnaireResponseResource;

export const QUESTIONNAIRE_VERBS = ['publish', 'start'] as const;
export type QuestionnaireVerb = (typeof QUESTIONNAIRE_VERBS)[number];
export const RESPONSE_VERBS = ['read', 'edit', 'submit', 'export'] as const;
export type ResponseVerb = (typeof RESPONSE_VERBS)[number];
export type QuestionnaireVerbs = { questionnaire: QuestionnaireVerb; 'questionnaire-response': ResponseVerb };
export type QuestionnaireVerbOf<R extends QuestionnaireModuleResource> = R extends QuestionnaireModuleResource ? QuestionnaireVerbs[R['type']] : never;

const questionnaireRules: Rules<QuestionnaireResource, QuestionnaireVerb> = {
  /** Publishing a catalogue version (it is then fixed for good): the admin only. */
  publish: () => false,
  /** Starting a co-edited response: anyone logged in with a role, as a user (the system actor has no user id). */
  start: (actor) => isAuthenticated(actor) && actor.userId !== null,
};

/** The one who started the response, or an editor they named. */
export const ownsOrEdits = (actor: Actor, r: QuestionnaireResponseResource): boolean =>
  actor.userId !== null && (r.createdByUserId === actor.userId || r.editorUserIds.includes(actor.userId));

const responseRules: Rules<QuestionnaireResponseResource, ResponseVerb> = {
  /** The response with its answers, changes and history: its creator and editors. */
  read: ownsOrEdits,
  /** Saving answers: its creator and editors. */
  edit: ownsOrEdits,
  /** Sending it (it is then frozen): its creator and editors. */
  submit: ownsOrEdits,
  /** The submitted response as a document: whoever may read it. */
  export: ownsOrEdits,
};

export const questionnairePolicy: ModulePolicy<QuestionnaireModuleResource, QuestionnaireVerbs> = {
  questionnaire: questionnaireRules,
  'questionnaire-response': responseRules,
};

/** As `can` in src/domain/access/policy.ts: the admin passes every check; otherwise the verb's rule decides. */
export function questionnaireCan<R extends QuestionnaireModuleResource>(actor: Actor, verb: QuestionnaireVerbOf<R>, resource: R): boolean {
  if (isAdmin(actor)) return true;
  const rules = questionnairePolicy[resource.type] as unknown as Partial<Record<string, (actor: Actor, resource: R) => boolean>>;
  const rule = rules[verb];
  return rule !== undefined && rule(actor, resource);
}

/** The verbs this actor may use on this resource (for the UI to offer only those). */
export function questionnaireAllowedVerbs<R extends QuestionnaireModuleResource>(actor: Actor, resource: R): QuestionnaireVerbOf<R>[] {
  const verbs = (resource.type === 'questionnaire' ? QUESTIONNAIRE_VERBS : RESPONSE_VERBS) as unknown as readonly QuestionnaireVerbOf<R>[];
  return verbs.filter((verb) => questionnaireCan(actor, verb, resource));
}

// ---- Read scope: the response `read` rule as the rows a list may show (ADR 013) --------------------------------

export type ResponseScope = ScopeOf<'creatorUserIs' | 'editorUserIs'>;

/** Response `read`, condition for condition: the one who started it, and the editors they named. */
export function responseReadScope(actor: Actor): ResponseScope {
  return anyOf([where.creatorUserIs(actor.userId), where.editorUserIs(actor.userId)]);
}

export const questionnaireReadScopes = { 'questionnaire-response': responseReadScope };

/** A response row as the policy sees it. */
export const responseResource = (row: { createdByUserId: string | null; editorUserIds: readonly string[] }): QuestionnaireResponseResource => ({
  type: 'questionnaire-response',
  createdByUserId: row.createdByUserId,
  editorUserIds: row.editorUserIds,
});
