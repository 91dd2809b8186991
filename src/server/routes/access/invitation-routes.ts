// Thin HTTP layer over invitations; shapes in src/domain/access/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../config/env.ts';
import type { Db } from '../../../db/client.ts';
import { accessContract as c } from '../../../domain/access/contract.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { invitePerson } from '../../../usecases/access/invite-person.ts';
import { invitationListCreates } from '../../../views/access/access-creates.ts';
import { listInvitations } from '../../../usecases/access/list-invitations.ts';
import { revokeInvitation } from '../../../usecases/access/revoke-invitation.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerInvitationRoutes(app: FastifyInstance, { db, config, clock }: { db: Db; config: Config; clock: Clock }) {
  route(app, c.listInvitations, async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { invitations: await listInvitations({ ...options, organisationId: request.query.organisationId }), creates: await invitationListCreates(options) };
  });
  route(app, c.invitePerson, async (request) => ({
    invitation: await invitePerson({ db, clock, actor: requireActor(request), input: request.body, publicUrl: config.publicUrl }),
  }));
  route(app, c.revokeInvitation, async (request) => ({
    invitation: await revokeInvitation({ db, clock, actor: requireActor(request), id: request.params.id }),
  }));
}
