// Invites a person to log in: reuses the organisation's person with that e-mail or creates one, records an
// invitation valid for 14 days with the roles to grant at first login, and queues the invitation e-mail.
import { appendAudit } from '../../db/audit-repository.ts';
import { findPersonByEmail, findUserByPerson } from '../../db/access-repository.ts';
import { queueEmail } from '../../db/email-repository.ts';
import { findOpenInvitationForPerson, insertInvitation } from '../../db/invitation-repository.ts';
import { findOrganisation, insertPerson } from '../../db/org-repository.ts';
import { INVITATION_VALID_DAYS, invitationEmail, ZInvitationInput } from '../../domain/access/invitation.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { invitationOut } from '../../views/access/access-view.ts';
import { resolveGrantTargets } from '../../checks/access/resolve-grant-targets.ts';

export type InvitePersonOptions = UseCaseContext & { input: unknown; publicUrl: string };

export async function invitePerson({ db, actor, clock, input, publicUrl }: InvitePersonOptions) {
  const data = parseInput(ZInvitationInput, input);
  const now = clock.now();
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, data.organisationId);
    if (!org)
      throw new AppError('VALIDATION', msg('access.unknownOrganisation'), { fieldErrors: [{ field: 'organisationId', message: msg('access.unknownOrganisation') }] });
    const roles = await resolveGrantTargets(tx, data.roles, (i) => `roles.${i}.`);
    assertCan(actor, 'send', { type: 'invitation', organisationId: org.id, officeId: org.officeId, roles });

    let invitee = await findPersonByEmail(tx, data.email, org.id);
    if (invitee && (await findUserByPerson(tx, invitee.id))) {
      const message = msg('access.alreadyUser');
      throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'email', message }] });
    }
    if (invitee && (await findOpenInvitationForPerson(tx, invitee.id, now))) {
      const message = msg('access.openInvitation');
      throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'email', message }] });
    }
    const personCreated = !invitee;
    if (!invitee) {
      invitee = await insertPerson(tx, { name: data.name, email: data.email, phone: data.phone, title: data.title, organisationId: org.id });
      if (!invitee) throw new Error('insert returned no row');
    }

    const expiresAt = new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 3600_000);
    const created = await insertInvitation(tx, {
      personId: invitee.id,
      email: data.email,
      identifier: data.identifier,
      roles: roles.map(({ role, officeId, organisationId }) => ({ role, officeId, organisationId })),
      invitedBy: actor.userId,
      createdAt: now,
      expiresAt,
    });
    if (!created) throw new Error('insert returned no row');

    const mail = invitationEmail({ name: invitee.name, organisationName: org.name, invitedBy: actor.name, loginUrl: `${publicUrl}/logg-inn`, expiresAt });
    await queueEmail(tx, { to: data.email, ...mail });
    await appendAudit(tx, actor, { action: 'create', entityType: 'invitation', entityId: created.id, before: null, after: { ...created, personCreated } });
    return invitationOut(created, { personName: invitee.name, organisationId: org.id, organisationName: org.name }, now);
  });
}
