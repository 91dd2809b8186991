// Who am I, demo login and logout; shapes in src/domain/access/contract.ts.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../config/env.ts';
import type { Db } from '../../../db/client.ts';
import { accessContract as c, ZDemoLoginInput } from '../../../domain/access/contract.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { parseInput } from '../../../domain/shared/parse.ts';
import { getSessionMay } from '../../../usecases/access/get-session-may.ts';
import { listDemoUsers } from '../../../usecases/access/list-demo-users.ts';
import { loginDemoUser } from '../../../usecases/access/login-demo-user.ts';
import { endSession } from '../../../usecases/access/end-session.ts';
import { sessionOut } from '../../../views/access/access-view.ts';
import { route } from '../../contract/route.ts';
import { clearSessionCookie, requireActor, SESSION_COOKIE, sessionCookieOptions } from '../../plugins/session.ts';

export function registerSessionRoutes(app: FastifyInstance, { db, config, clock }: { db: Db; config: Config; clock: Clock }) {
  route(app, c.getSession, async (request) => {
    const s = request.session;
    /** `may`: what the navigation and the start page offer, decided by the policy (the UI never guesses from roles). */
    const may = s ? await getSessionMay({ db, clock, actor: s.actor }) : null;
    return sessionOut(s, may, { oidc: Boolean(config.oidc), demo: config.demoLogin });
  });

  route(app, c.listDemoUsers, async () => ({ users: await listDemoUsers({ db, enabled: config.demoLogin }) }));

  route(app, c.demoLogin, async (request, reply) => {
    const { userId } = parseInput(ZDemoLoginInput, request.body);
    const { token, csrfToken } = await loginDemoUser({
      db,
      clock,
      userId,
      ttlHours: config.sessionTtlHours,
      enabled: config.demoLogin,
      previousToken: request.sessionToken ?? undefined,
    });
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(config, config.sessionTtlHours * 3600));
    return { ok: true, csrfToken } as const;
  });

  route(app, c.logout, async (request, reply) => {
    const actor = requireActor(request);
    await endSession({ db, actor, token: request.sessionToken ?? '' });
    clearSessionCookie(reply, config);
    return { ok: true } as const;
  });
}
