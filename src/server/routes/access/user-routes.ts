// Thin HTTP layer over users and their role grants; shapes in src/domain/access/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { accessContract as c } from '../../../domain/access/contract.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { userListCreates } from '../../../views/access/access-creates.ts';
import { grantRole } from '../../../usecases/access/grant-role.ts';
import { listUsers } from '../../../usecases/access/list-users.ts';
import { revokeRole } from '../../../usecases/access/revoke-role.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerUserRoutes(app: FastifyInstance, { db, clock }: { db: Db; clock: Clock }) {
  route(app, c.listUsers, async (request) => {
    const options = { db, clock, actor: requireActor(request) };
    return { users: await listUsers(options), creates: await userListCreates(options) };
  });
  route(app, c.grantRole, async (request) => ({
    grant: await grantRole({ db, clock, actor: requireActor(request), userId: request.params.id, input: request.body }),
  }));
  route(app, c.revokeRole, async (request) => {
    await revokeRole({ db, clock, actor: requireActor(request), userId: request.params.id, grantId: request.params.grantId });
    return { ok: true } as const;
  });
}
