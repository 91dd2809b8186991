// Thin HTTP layer over users and their role grants.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { userListCreates } from '../../../views/access/access-creates.ts';
import { grantRole } from '../../../usecases/access/grant-role.ts';
import { listUsers } from '../../../usecases/access/list-users.ts';
import { revokeRole } from '../../../usecases/access/revoke-role.ts';
import { requireActor } from '../../plugins/session.ts';

type UserParams = { Params: { id: string } };
type GrantParams = { Params: { id: string; grantId: string } };

export function registerUserRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  app.get('/api/users', async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { users: await listUsers(options), creates: await userListCreates(options) };
  });
  app.post<UserParams>('/api/users/:id/roles', async (request, reply) => {
    const grant = await grantRole({ db, clock, actor: requireActor(request), userId: request.params.id, input: request.body });
    return reply.status(201).send({ grant });
  });
  app.delete<GrantParams>('/api/users/:id/roles/:grantId', async (request) => {
    await revokeRole({ db, clock, actor: requireActor(request), userId: request.params.id, grantId: request.params.grantId });
    return { ok: true };
  });
}
