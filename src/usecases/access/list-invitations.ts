// Invitations the actor may see: case officers see all, an organisation's coordinators see their organisation's
// (the policy's read scope, said in SQL by the repository).
import { listInvitationRows } from '../../db/invitation-repository.ts';
import { readScope } from '../../domain/access/policy.ts';
import type { UseCaseContext } from '../context.ts';
import { invitationOut } from '../../views/access/access-view.ts';

export async function listInvitations({ db, actor, clock, organisationId }: UseCaseContext & { organisationId?: string | undefined }) {
  const now = clock.now();
  const rows = await listInvitationRows(db, { organisationId, scope: readScope(actor, 'invitation') });
  return rows.map(({ invitation: inv, ...about }) => invitationOut(inv, about, now));
}
