// Actors for the policy tests, built without a database: one grant per role and scope, combined as a test needs.
import type { Actor, RoleGrant } from './roles.ts';

const officeRole = (role: 'saksbehandler' | 'forum' | 'leser') => (officeId: string | null): RoleGrant => ({ role, officeId, organisationId: null });
const organisationRole = (role: 'eierkoordinator' | 'uh-kontakt' | 'studiesenter') => (organisationId: string): RoleGrant => ({ role, officeId: null, organisationId });

export const grant = {
  admin: (): RoleGrant => ({ role: 'admin', officeId: null, organisationId: null }),
  staff: officeRole('saksbehandler'),
  forum: officeRole('forum'),
  /** `null`: a platform-wide reader. */
  reader: officeRole('leser'),
  coordinator: organisationRole('eierkoordinator'),
  uhContact: organisationRole('uh-kontakt'),
  studyCentre: organisationRole('studiesenter'),
};

export function actorWith(grants: RoleGrant[], personId: string | null = null): Actor {
  return { userId: 'user', personId, name: 'Test', organisationId: null, grants };
}
