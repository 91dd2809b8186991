// What the UI may offer an actor (issue 9, point 3): the policy asked over the places where an action could happen
// — every office, every organisation, the partnerships the actor reads — so that a menu item or a button appears
// only where the server would allow what it leads to. The UI reads these answers and never guesses from roles.
// Pure: the use case loads the places. Every target offered has been asked of `can`, so nothing offered is refused.
import type { PartnershipResource, PersonResource } from '../org/policy.ts';
import type { GrantTarget } from './access-policy.ts';
import { can } from './policy.ts';
import { ROLE_SCOPE, ROLES, type Actor, type Role } from './roles.ts';

export type PlaceOrganisation = { id: string; officeId: string | null };
/** Where an action could happen: the offices, and the organisations with their office (null: a national body). */
export type Places = { officeIds: readonly string[]; organisations: readonly PlaceOrganisation[] };

/** A new partnership: the offices where the actor may create one whatever its applicant, and the organisations that
 * may be its applicant (in their own office; a national body in some office). */
export type PartnershipCreates = { officeIds: string[]; applicantIds: string[] };
/** Per role, where the actor may give it: offices (null: no office — every office for a reader, none for the admin)
 * and organisations. A role the actor may not give is absent. The role form offers only these places. */
export type GrantPlaces = Partial<Record<Role, { officeIds: (string | null)[]; organisationIds: string[] }>>;
/** An invitation: the organisations whose people the actor may invite with some role, the roles they may give, and
 * where (asked at each invitable organisation, gathered). */
export type InvitationCreates = { organisationIds: string[]; roles: Role[]; places: GrantPlaces };
/** Giving a user a role: the roles and where each may be given. */
export type GrantCreates = { roles: Role[]; places: GrantPlaces };

/** What the navigation and the start page offer (GET /api/session `may`). */
export type SessionMay = {
  /** The office's list of a round and its exports, in some office: the rounds menu item. */
  reviewRounds: boolean;
  /** Someone's contact details: the people menu item. */
  listPeople: boolean;
  /** Inviting someone: the invitations menu item and the start page's shortcut. */
  invite: boolean;
  /** Users with their roles. */
  manageUsers: boolean;
  readAudit: boolean;
  readOutbox: boolean;
  createOrganisation: boolean;
  createPartnership: boolean;
  /** A round's decisions, their approval and letters, in some office (tilsagn/policy.ts `read`): the tilsagn menu
   * item — case officers, budsjettdisponenter, the forum, readers and the admin. */
  readTilsagn: boolean;
  /** The office's money after the vedtak — payment plans, batches, the overview per year — in some office
   * (utbetaling/policy.ts `read`): the utbetaling menu item — case officers, budsjettdisponenter, readers and the admin,
   * not the forum. */
  readUtbetaling: boolean;
};

const personAt = (o: PlaceOrganisation): PersonResource => ({ type: 'person', organisationId: o.id, officeId: o.officeId });

/** Offices where the actor may register an organisation; null stands for the national bodies, which have none. */
export function organisationCreateOffices(actor: Actor, { officeIds }: Places): (string | null)[] {
  return [...officeIds, null].filter((officeId) => can(actor, 'create', { type: 'organisation', id: null, officeId }));
}

/** Organisations whose people the actor may read: the people list's organisation filter. */
export function personReadOrganisations(actor: Actor, { organisations }: Places): string[] {
  return organisations.filter((o) => can(actor, 'read', personAt(o))).map((o) => o.id);
}

/** Organisations where the actor may add a person (a colleague to invite, a coordinator to name). */
export function personCreateOrganisations(actor: Actor, { organisations }: Places): string[] {
  return organisations.filter((o) => can(actor, 'create', personAt(o))).map((o) => o.id);
}

/** A partnership not yet registered, with one applicant and nobody named. */
const newPartnership = (officeId: string, applicantId: string): PartnershipResource => ({
  type: 'partnership',
  officeId,
  applicantId,
  memberIds: [applicantId],
  coordinatorPersonId: null,
  editorPersonIds: [],
});

export function partnershipCreates(actor: Actor, { officeIds, organisations }: Places): PartnershipCreates | null {
  const anyApplicant = officeIds.filter((officeId) => organisations.length > 0 && organisations.every((o) => can(actor, 'create', newPartnership(officeId, o.id))));
  const applicantIds = organisations
    .filter((o) => (o.officeId === null ? officeIds : [o.officeId]).some((officeId) => can(actor, 'create', newPartnership(officeId, o.id))))
    .map((o) => o.id);
  return anyApplicant.length > 0 || applicantIds.length > 0 ? { officeIds: anyApplicant, applicantIds } : null;
}

/** Offices where the actor may open a round. */
export function roundOpenOffices(actor: Actor, { officeIds }: Places): string[] {
  return officeIds.filter((officeId) => can(actor, 'open', { type: 'behovsmelding-round', officeId }));
}

/** Offices whose rounds the actor reviews (the applications with amounts, the exports). */
export function roundReviewOffices(actor: Actor, { officeIds }: Places): string[] {
  return officeIds.filter((officeId) => can(actor, 'review', { type: 'behovsmelding-round', officeId }));
}

/** Offices where the actor may set up a region. */
export function regionCreateOffices(actor: Actor, { officeIds }: Places): string[] {
  return officeIds.filter((officeId) => can(actor, 'create', { type: 'region', officeId }));
}

/** Partnerships in which the actor may start a behovsmelding (of those given: the ones they read). */
export function applicationStartPartnerships(actor: Actor, partnerships: readonly (PartnershipResource & { id: string })[]): string[] {
  return partnerships
    .filter(({ id: _id, ...p }) => can(actor, 'start', { type: 'behovsmelding-application', officeId: p.officeId, partnership: p }))
    .map((p) => p.id);
}

/** Every place a role could be granted: no place (the admin), an office (optional for readers), an organisation. */
function grantTargets(role: Role, { officeIds, organisations }: Places): GrantTarget[] {
  switch (ROLE_SCOPE[role]) {
    case 'none':
      return [{ role, officeId: null, organisationId: null }];
    case 'office':
      return officeIds.map((officeId) => ({ role, officeId, organisationId: null }));
    case 'office-optional':
      return [null, ...officeIds].map((officeId) => ({ role, officeId, organisationId: null }));
    case 'organisation':
      return organisations.map((o) => ({ role, officeId: null, organisationId: o.id, organisationOfficeId: o.officeId }));
  }
}

/** Adds the targets `allowed` accepts to `into`, per role. */
function addGrantPlaces(into: GrantPlaces, places: Places, allowed: (target: GrantTarget) => boolean): void {
  for (const role of ROLES) {
    const ok = grantTargets(role, places).filter(allowed);
    if (ok.length === 0) continue;
    const at = (into[role] ??= { officeIds: [], organisationIds: [] });
    for (const target of ok) {
      if (target.organisationId !== null) {
        if (!at.organisationIds.includes(target.organisationId)) at.organisationIds.push(target.organisationId);
      } else if (!at.officeIds.includes(target.officeId)) at.officeIds.push(target.officeId);
    }
  }
}

const rolesOf = (places: GrantPlaces): Role[] => ROLES.filter((role) => places[role] !== undefined);

/** Roles the actor may grant a user, and where (the role form's choices); null when none. */
export function grantCreates(actor: Actor, places: Places): GrantCreates | null {
  const given: GrantPlaces = {};
  addGrantPlaces(given, places, (grant) => can(actor, 'grant', { type: 'role-grant', grant }));
  const roles = rolesOf(given);
  return roles.length > 0 ? { roles, places: given } : null;
}

/** Roles the actor may grant a user somewhere. */
export function grantableRoles(actor: Actor, places: Places): Role[] {
  return grantCreates(actor, places)?.roles ?? [];
}

/** Asked one role at a time, organisation roles at the invited person's own organisation: enough to decide whether
 * to offer an organisation and a role (the server asks the invitation as sent). */
export function invitationCreates(actor: Actor, places: Places): InvitationCreates | null {
  const given: GrantPlaces = {};
  const organisationIds: string[] = [];
  for (const o of places.organisations) {
    const here = { officeIds: places.officeIds, organisations: [o] };
    let any = false;
    addGrantPlaces(given, here, (target) => {
      const ok = can(actor, 'send', { type: 'invitation', organisationId: o.id, officeId: o.officeId, roles: [target] });
      any ||= ok;
      return ok;
    });
    if (any) organisationIds.push(o.id);
  }
  return organisationIds.length > 0 ? { organisationIds, roles: rolesOf(given), places: given } : null;
}

export function sessionMay(actor: Actor, places: Places): SessionMay {
  return {
    reviewRounds: roundReviewOffices(actor, places).length > 0,
    listPeople: places.organisations.some((o) => can(actor, 'read', personAt(o))),
    invite: invitationCreates(actor, places) !== null,
    manageUsers: can(actor, 'read', { type: 'user-roles', officeIds: [] }),
    readAudit: can(actor, 'read', { type: 'audit' }),
    readOutbox: can(actor, 'read', { type: 'email-outbox' }),
    createOrganisation: organisationCreateOffices(actor, places).length > 0,
    createPartnership: partnershipCreates(actor, places) !== null,
    readTilsagn: places.officeIds.some((officeId) => can(actor, 'read', { type: 'tilsagn', officeId })),
    readUtbetaling: places.officeIds.some((officeId) => can(actor, 'read', { type: 'utbetaling', officeId })),
  };
}
