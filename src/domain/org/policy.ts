// Who may do what with organisations, people and partnerships. Rules over the actor's role grants and the resource's
// office, organisation and partnership; the admin and the typed `can` are added where the module policies are
// composed (src/domain/access/policy.ts), which is what use cases call.
import type { ModulePolicy, Rules } from '../access/module-policy.ts';
import {
  actsFor,
  hasRole,
  hasRoleAt,
  hasRoleInOffice,
  isAuthenticated,
  isOneOf,
  isPerson,
  officesWithRole,
  organisationsActedFor,
  readerFor,
  readsEveryOffice,
  staffFor,
  staffIn,
} from '../access/predicates.ts';
import { ALL_ROWS, anyOf, where, type ScopeOf } from '../access/read-scope.ts';
import type { Actor } from '../access/roles.ts';

/** `id` null: an organisation not yet registered (create) or the directory as a whole (read). */
export type OrganisationResource = { type: 'organisation'; id: string | null; officeId: string | null };
/** `officeId`: the office of the person's organisation (null for national bodies). */
export type PersonResource = { type: 'person'; organisationId: string; officeId: string | null };
export type PartnershipResource = {
  type: 'partnership';
  officeId: string;
  memberIds: string[];
  applicantId: string;
  coordinatorPersonId: string | null;
  /** People the coordinator has given edit rights (partnership_editor). */
  editorPersonIds?: string[];
  /** For `move`: the office it would move to. Without it, `move` asks whether the actor may move it anywhere at all. */
  moveToOfficeId?: string;
};
export type OrgResource = OrganisationResource | PersonResource | PartnershipResource;

export type OrganisationVerb = 'read' | 'create' | 'edit';
export type PersonVerb = 'read' | 'create' | 'edit';
export type PartnershipVerb = 'read' | 'create' | 'edit' | 'delete' | 'manage-editors' | 'move';
export type OrgVerbs = { organisation: OrganisationVerb; person: PersonVerb; partnership: PartnershipVerb };

type PartnershipFacts = Omit<PartnershipResource, 'type' | 'moveToOfficeId'>;

/** Coordinates the partnership: acts for its applicant, or is the person named its coordinator. */
export const coordinates = (actor: Actor, p: PartnershipFacts): boolean => actsFor(actor, p.applicantId) || isPerson(actor, p.coordinatorPersonId);
/** One of the people the coordinator granted edit rights. */
export const isEditorOf = (actor: Actor, p: PartnershipFacts): boolean => isOneOf(actor, p.editorPersonIds ?? []);
/** Acts for one of the member organisations. */
export const isMemberOf = (actor: Actor, p: PartnershipFacts): boolean => p.memberIds.some((id) => actsFor(actor, id));
/** Writes for the partnership: its coordinator and the editors they chose — not the office. */
export const writesFor = (actor: Actor, p: PartnershipFacts): boolean => coordinates(actor, p) || isEditorOf(actor, p);

const organisationRules: Rules<OrganisationResource, OrganisationVerb> = {
  /** The directory of organisations is public information (Enhetsregisteret): anyone logged in. */
  read: (actor) => isAuthenticated(actor),
  /** Registering an organisation is the office's work, in its own area (national bodies: any case officer). */
  create: (actor, o) => staffFor(actor, o.officeId),
  /** Its details are kept by the office and by the organisation's own people. */
  edit: (actor, o) => staffFor(actor, o.officeId) || (o.id !== null && actsFor(actor, o.id)),
};

// Contact details are personal data: the case officers and the person's own organisation only, for every verb.
const ownOrganisationOrOffice = (actor: Actor, p: PersonResource) => staffFor(actor, p.officeId) || actsFor(actor, p.organisationId);
const personRules: Rules<PersonResource, PersonVerb> = {
  /** Name, e-mail and phone: personal data. */
  read: ownOrganisationOrOffice,
  /** Adding a colleague (to invite or to name as coordinator). */
  create: ownOrganisationOrOffice,
  /** Mending someone's details, or moving them to another organisation (asked for both). */
  edit: ownOrganisationOrOffice,
};

const partnershipRules: Rules<PartnershipResource, PartnershipVerb> = {
  /** The office (case officers, forum, readers) and everyone in the partnership. */
  read: (actor, p) =>
    staffIn(actor, p.officeId) ||
    hasRoleInOffice(actor, 'forum', p.officeId) ||
    readerFor(actor, p.officeId) ||
    coordinates(actor, p) ||
    isEditorOf(actor, p) ||
    isMemberOf(actor, p),
  /** The office, or an owner coordinator with their own organisation as applicant. */
  create: (actor, p) => staffIn(actor, p.officeId) || hasRoleAt(actor, 'eierkoordinator', p.applicantId),
  /** The form: the office, the coordinator and the granted editors. */
  edit: (actor, p) => staffIn(actor, p.officeId) || writesFor(actor, p),
  /** Taking a partnership off the books: the office's case officers. */
  delete: (actor, p) => staffIn(actor, p.officeId),
  /** Who else may edit, and who is applicant, payee and coordinator: the office and the coordinator, not editors. */
  'manage-editors': (actor, p) => staffIn(actor, p.officeId) || coordinates(actor, p),
  /** Moving it to another office: the case officers of both offices; a coordinator or editor never. */
  move: (actor, p) => staffIn(actor, p.officeId) && staffIn(actor, p.moveToOfficeId ?? p.officeId),
};

export const orgPolicy: ModulePolicy<OrgResource, OrgVerbs> = {
  organisation: organisationRules,
  person: personRules,
  partnership: partnershipRules,
};

/** The partnership's read rule, for the applications that follow it (src/domain/behovsmelding/policy.ts). */
export const mayReadPartnership = partnershipRules.read;

// ---- Read scopes: the `read` rules above as the rows a list may show (ADR 013) ---------------------------------

export type PartnershipScope = ScopeOf<'officeIdIn' | 'applicantIn' | 'memberOrganisationIn' | 'coordinatorPersonIs' | 'editorPersonIs'>;
export type PersonScope = ScopeOf<'officeIdIn' | 'nationalBody' | 'organisationIn'>;

/** Partnership `read`, condition for condition. `officeIdIn` is the office that reads: the partnership's own here,
 * the round's where applications reuse it (src/domain/behovsmelding/policy.ts). */
export function partnershipReadScope(actor: Actor): PartnershipScope {
  // A reader granted with no office reads every office's partnerships (and every partnership has an office).
  if (readsEveryOffice(actor)) return ALL_ROWS;
  const organisations = organisationsActedFor(actor);
  return anyOf([
    where.officeIdIn([...new Set([...officesWithRole(actor, 'saksbehandler'), ...officesWithRole(actor, 'forum'), ...officesWithRole(actor, 'leser')])]),
    where.applicantIn(organisations),
    where.coordinatorPersonIs(actor.personId),
    where.editorPersonIs(actor.personId),
    where.memberOrganisationIn(organisations),
  ]);
}

/** Person `read`: the case officers of the organisation's office (any case officer for national bodies), and the
 * organisation's own people. */
export function personReadScope(actor: Actor): PersonScope {
  return anyOf([
    where.officeIdIn(officesWithRole(actor, 'saksbehandler')),
    where.nationalBody(hasRole(actor, 'saksbehandler')),
    where.organisationIn(organisationsActedFor(actor)),
  ]);
}

export const orgReadScopes = { partnership: partnershipReadScope, person: personReadScope };
