// The one access policy. Every use case asks it before reading or writing; routes never decide alone.
// Decisions depend only on the actor's role grants and the resource's office, organisation and partnership.
import { AppError } from '../shared/app-error.ts';
import type { Actor, Role, RoleGrant } from './roles.ts';

export type Action = 'read' | 'create' | 'update' | 'delete';

export type Resource =
  | { type: 'reference' }
  | { type: 'region'; officeId: string | null }
  | { type: 'organisation'; id: string | null; officeId: string | null }
  | { type: 'person'; organisationId: string; officeId: string | null }
  | {
      type: 'partnership';
      officeId: string;
      memberIds: string[];
      applicantId: string;
      coordinatorPersonId: string | null;
      /** People the coordinator has given edit rights (partnership_editor). */
      editorPersonIds?: string[];
    }
  | { type: 'partnership-editors'; officeId: string; applicantId: string; coordinatorPersonId: string | null }
  /** Moving a partnership from one office to another: the case officers of both; a coordinator or editor never. */
  | { type: 'partnership-move'; fromOfficeId: string; toOfficeId: string }
  | { type: 'invitation'; organisationId: string; officeId: string | null; roles: GrantTarget[] }
  | { type: 'user-roles'; officeIds: (string | null)[] }
  | { type: 'role-grant'; grant: GrantTarget }
  | { type: 'audit' }
  /** Queued e-mail with its recipients and full text: the platform's admin only (who passes every check). */
  | { type: 'email-outbox' }
  /** A behovsmelding round (utlysning): public to everyone logged in; opened and changed by the office. */
  | { type: 'behovsmelding-round'; officeId: string }
  /** The office's view of a round: every application of it, with amounts (the forum weighs them). */
  | { type: 'behovsmelding-round-applications'; officeId: string }
  /** An application: read by its round's office (`officeId`: case officers, forum, readers) whatever becomes of the
   * partnership, and by the partnership's own people; written by those who write for the partnership (not the office). */
  | { type: 'behovsmelding'; officeId: string; partnership: Extract<Resource, { type: 'partnership' }> }
  /** Why a partnership got a later deadline (often health): the round's case officers and the partnership's own people. */
  | { type: 'behovsmelding-extension'; officeId: string; partnership: Extract<Resource, { type: 'partnership' }> }
  /** Returning a submitted application for correction: the office's case officers. */
  | { type: 'behovsmelding-return'; officeId: string };

/** A role to grant, with the office of its organisation (organisation roles), so office scoping can be decided. */
export type GrantTarget = RoleGrant & { organisationOfficeId?: string | null };

/** Roles that act for their own organisation (coordinators, UH contacts, study-centre staff). */
const ORG_ROLES: readonly Role[] = ['eierkoordinator', 'uh-kontakt', 'studiesenter'];

const has = (actor: Actor, role: Role) => actor.grants.some((g) => g.role === role);
const hasInOffice = (actor: Actor, role: Role, officeId: string | null) =>
  officeId !== null && actor.grants.some((g) => g.role === role && g.officeId === officeId);
const orgRoleFor = (actor: Actor, organisationId: string) =>
  actor.grants.some((g) => ORG_ROLES.includes(g.role) && g.organisationId === organisationId);
const readerFor = (actor: Actor, officeId: string | null) =>
  actor.grants.some((g) => g.role === 'leser' && (g.officeId === null || g.officeId === officeId));
const isAuthenticated = (actor: Actor) => actor.grants.length > 0;
/** Case officers act within their own office; national bodies (no office) are every case officer's. */
const staffFor = (actor: Actor, officeId: string | null) =>
  officeId === null ? has(actor, 'saksbehandler') : hasInOffice(actor, 'saksbehandler', officeId);

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (has(actor, 'admin')) return true;
  switch (resource.type) {
    case 'reference':
      return action === 'read' && isAuthenticated(actor);
    case 'region':
      if (action === 'read') return isAuthenticated(actor);
      return hasInOffice(actor, 'saksbehandler', resource.officeId);
    case 'organisation': {
      // The directory of organisations is public information (Enhetsregisteret); anyone logged in may read it.
      if (action === 'read') return isAuthenticated(actor);
      if (action === 'create') return staffFor(actor, resource.officeId);
      if (action === 'delete') return false;
      return (
        staffFor(actor, resource.officeId) ||
        (resource.id !== null && orgRoleFor(actor, resource.id))
      );
    }
    case 'person':
      // Contact details are personal data: the case officers and the person's own organisation only.
      if (action === 'delete') return false;
      return staffFor(actor, resource.officeId) || orgRoleFor(actor, resource.organisationId);
    case 'partnership': {
      const office = resource.officeId;
      const staff = hasInOffice(actor, 'saksbehandler', office);
      const coordinator =
        orgRoleFor(actor, resource.applicantId) ||
        (resource.coordinatorPersonId !== null && resource.coordinatorPersonId === actor.personId);
      const editor = actor.personId !== null && (resource.editorPersonIds ?? []).includes(actor.personId);
      if (action === 'read')
        return (
          staff ||
          hasInOffice(actor, 'forum', office) ||
          readerFor(actor, office) ||
          coordinator ||
          editor ||
          resource.memberIds.some((id) => orgRoleFor(actor, id))
        );
      // An owner coordinator creates a partnership only with their own organisation as applicant.
      if (action === 'create')
        return staff || actor.grants.some((g) => g.role === 'eierkoordinator' && g.organisationId === resource.applicantId);
      if (action === 'delete') return staff;
      return staff || coordinator || editor;
    }
    case 'partnership-move':
      return hasInOffice(actor, 'saksbehandler', resource.fromOfficeId) && hasInOffice(actor, 'saksbehandler', resource.toOfficeId);
    case 'partnership-editors':
      return (
        hasInOffice(actor, 'saksbehandler', resource.officeId) ||
        orgRoleFor(actor, resource.applicantId) ||
        (resource.coordinatorPersonId !== null && resource.coordinatorPersonId === actor.personId)
      );
    case 'invitation': {
      if (action === 'read') return has(actor, 'saksbehandler') || orgRoleFor(actor, resource.organisationId);
      // A case officer invites within their office; a coordinator invites people of their own organisation only,
      // with roles no wider than their own there.
      const { organisationId } = resource;
      return (
        resource.roles.length > 0 &&
        resource.roles.every(
          (r) =>
            staffMayGrant(actor, r) ||
            (r.organisationId === organisationId && actor.grants.some((g) => g.role === r.role && g.organisationId === organisationId)),
        )
      );
    }
    case 'user-roles':
      return action === 'read' ? has(actor, 'saksbehandler') : false;
    case 'role-grant':
      return action !== 'read' && staffMayGrant(actor, resource.grant);
    case 'audit':
    case 'email-outbox':
      return false;
    case 'behovsmelding-round':
      return action === 'read' ? isAuthenticated(actor) : hasInOffice(actor, 'saksbehandler', resource.officeId);
    case 'behovsmelding-round-applications':
      return (
        action === 'read' &&
        (hasInOffice(actor, 'saksbehandler', resource.officeId) ||
          hasInOffice(actor, 'forum', resource.officeId) ||
          readerFor(actor, resource.officeId))
      );
    case 'behovsmelding': {
      // The partnership's read rule with the round's office in place of the partnership's own.
      if (action === 'read') return can(actor, 'read', { ...resource.partnership, officeId: resource.officeId });
      const p = resource.partnership;
      return (
        orgRoleFor(actor, p.applicantId) ||
        (p.coordinatorPersonId !== null && p.coordinatorPersonId === actor.personId) ||
        (actor.personId !== null && (p.editorPersonIds ?? []).includes(actor.personId))
      );
    }
    case 'behovsmelding-extension': {
      const p = resource.partnership;
      return (
        action === 'read' &&
        (hasInOffice(actor, 'saksbehandler', resource.officeId) ||
          orgRoleFor(actor, p.applicantId) ||
          p.memberIds.some((id) => orgRoleFor(actor, id)) ||
          (p.coordinatorPersonId !== null && p.coordinatorPersonId === actor.personId) ||
          (actor.personId !== null && (p.editorPersonIds ?? []).includes(actor.personId)))
      );
    }
    case 'behovsmelding-return':
      return hasInOffice(actor, 'saksbehandler', resource.officeId);
  }
}

/** A case officer grants office roles in their own office and organisation roles for organisations there
 * (or national organisations, which belong to no office); never admin, never a platform-wide reader. */
function staffMayGrant(actor: Actor, r: GrantTarget): boolean {
  if (r.role === 'admin') return false;
  if (r.organisationId !== null)
    return r.organisationOfficeId === null ? has(actor, 'saksbehandler') : hasInOffice(actor, 'saksbehandler', r.organisationOfficeId ?? null);
  return hasInOffice(actor, 'saksbehandler', r.officeId);
}

export function assertCan(actor: Actor, action: Action, resource: Resource): void {
  if (!can(actor, action, resource)) throw AppError.forbidden();
}
