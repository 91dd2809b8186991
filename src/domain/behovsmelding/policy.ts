// Who may do what with behovsmelding rounds (utlysninger) and applications. A round is public and run by its
// office; an application belongs to its partnership and is weighed by the round's office, which never writes it.
// Later phases (score, vote, adopt, decide, approve, pay, report) add their verbs here with their use cases.
import type { ModulePolicy, Rules } from '../access/module-policy.ts';
import { hasRoleInOffice, isAuthenticated, readerFor, staffIn } from '../access/predicates.ts';
import { ALL_ROWS, NO_ROWS, type ReadScope } from '../access/read-scope.ts';
import type { Actor } from '../access/roles.ts';
import {
  coordinates,
  isEditorOf,
  isMemberOf,
  mayReadPartnership,
  partnershipReadScope,
  writesFor,
  type PartnershipResource,
  type PartnershipScope,
} from '../org/policy.ts';

export type RoundResource = { type: 'behovsmelding-round'; officeId: string };
/** An application as the policy sees it: `officeId` is its round's office, whose people read it whatever becomes
 * of the partnership (a move to another office, say); `partnership` is the partnership it belongs to. */
export type ApplicationResource = { type: 'behovsmelding-application'; officeId: string; partnership: PartnershipResource };
export type BehovsmeldingResource = RoundResource | ApplicationResource;

/** In the order the rules below declare them (the API's `allowed` lists, src/domain/behovsmelding/contract.ts). */
export const ROUND_VERBS = ['read', 'open', 'edit', 'extend', 'withdraw-extension', 'review'] as const;
export type RoundVerb = (typeof ROUND_VERBS)[number];
export const APPLICATION_VERBS = ['read', 'start', 'edit', 'submit', 'withdraw', 'delete', 'return', 'export', 'read-extension-reason'] as const;
export type ApplicationVerb = (typeof APPLICATION_VERBS)[number];
export type BehovsmeldingVerbs = { 'behovsmelding-round': RoundVerb; 'behovsmelding-application': ApplicationVerb };

/** The office that weighs the round's applications: its case officers, its forum and its readers. */
const officeReader = (actor: Actor, officeId: string) =>
  staffIn(actor, officeId) || hasRoleInOffice(actor, 'forum', officeId) || readerFor(actor, officeId);

const roundRules: Rules<RoundResource, RoundVerb> = {
  /** The call for applications is public to everyone logged in. */
  read: (actor) => isAuthenticated(actor),
  /** Announcing a round for the office (create-round): its case officers. */
  open: (actor, r) => staffIn(actor, r.officeId),
  /** Changing dates, texts, case numbers (asked for the old office and, when moved, the new one). */
  edit: (actor, r) => staffIn(actor, r.officeId),
  /** Giving one partnership a later deadline: the office's case officers. */
  extend: (actor, r) => staffIn(actor, r.officeId),
  /** Taking an extension back (given by mistake, or the reason fell away): those who give them. */
  'withdraw-extension': (actor, r) => staffIn(actor, r.officeId),
  /** The office's own view: every application of the round with amounts, which extensions were given, and the
   * round's exports (XLSX, case-file ZIP) — what the forum weighs. */
  review: (actor, r) => officeReader(actor, r.officeId),
};

const readApplication = (actor: Actor, a: ApplicationResource) => mayReadPartnership(actor, { ...a.partnership, officeId: a.officeId });

const applicationRules: Rules<ApplicationResource, ApplicationVerb> = {
  /** The partnership's read rule with the round's office in place of the partnership's own: the form, its history,
   * submissions and attachments. */
  read: readApplication,
  /** Starting the partnership's application in a round: those who write for the partnership. */
  start: (actor, a) => writesFor(actor, a.partnership),
  /** Saving fields and attachments: the coordinator and granted editors, never the office. */
  edit: (actor, a) => writesFor(actor, a.partnership),
  /** Sending it to the office: those who write it. */
  submit: (actor, a) => writesFor(actor, a.partnership),
  /** Taking a submission back before the deadline (a draft again): those who may send it. The deadline is the use
   * case's rule, not the policy's: the UI offers it only while the deadline has not passed. */
  withdraw: (actor, a) => writesFor(actor, a.partnership),
  /** Deleting a draft that was never submitted: those who write it (one may have been started by mistake). */
  delete: (actor, a) => writesFor(actor, a.partnership),
  /** Sending a submitted application back for correction: the round's case officers. */
  return: (actor, a) => staffIn(actor, a.officeId),
  /** The application as PDF, DOCX or JSON: whoever may read it. */
  export: readApplication,
  /** Why the partnership got a later deadline (often health): the round's case officers and the partnership's own
   * people — not the forum or readers, who see only that it was given. */
  'read-extension-reason': (actor, a) =>
    staffIn(actor, a.officeId) || coordinates(actor, a.partnership) || isMemberOf(actor, a.partnership) || isEditorOf(actor, a.partnership),
};

export const behovsmeldingPolicy: ModulePolicy<BehovsmeldingResource, BehovsmeldingVerbs> = {
  'behovsmelding-round': roundRules,
  'behovsmelding-application': applicationRules,
};

// ---- Read scopes: the `read` rules above as the rows a list may show (ADR 013) ---------------------------------

/** Rounds are all or nothing: no condition on a round's facts decides who reads it. */
export type RoundScope = ReadScope<never>;
/** Applications: the partnership's conditions, `officeIdIn` asked of the round's office. */
export type ApplicationScope = PartnershipScope;

/** Round `read`: every round for anyone logged in. */
export const roundReadScope = (actor: Actor): RoundScope => (isAuthenticated(actor) ? ALL_ROWS : NO_ROWS);

/** Application `read` is the partnership's with the round's office in place of the partnership's, so its scope is
 * the partnership's with `officeIdIn` asked of the ROUND's office (the repository says so in SQL). */
export const applicationReadScope = (actor: Actor): ApplicationScope => partnershipReadScope(actor);

export const behovsmeldingReadScopes = { 'behovsmelding-round': roundReadScope, 'behovsmelding-application': applicationReadScope };
