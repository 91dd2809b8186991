// Who am I, demo login and logout.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../../config/env.ts';
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { parseInput } from '../../../domain/shared/parse.ts';
import { getSessionMay } from '../../../usecases/access/get-session-may.ts';
import { listDemoUsers } from '../../../usecases/access/list-demo-users.ts';
import { loginDemoUser } from '../../../usecases/access/login-demo-user.ts';
import { endSession } from '../../../usecases/access/end-session.ts';
import { clearSessionCookie, requireActor, SESSION_COOKIE, sessionCookieOptions } from '../../plugins/session.ts';

export function registerSessionRoutes(app: FastifyInstance, { db, config, clock }: { db: Db; config: Config; clock: Clock }) {
  app.get('/api/session', async (request) => {
    const s = request.session;
    return {
      user: s ? { id: s.actor.userId, name: s.actor.name, email: s.email, organisationId: s.actor.organisationId, grants: s.actor.grants, isDemo: s.isDemo } : null,
      /** What the navigation and the start page offer, decided by the policy (the UI never guesses from roles). */
      may: s ? await getSessionMay({ db, clock, actor: s.actor }) : null,
      csrfToken: s?.csrfToken ?? null,
      login: { oidc: Boolean(config.oidc), demo: config.demoLogin },
    };
  });

  app.get('/api/auth/demo-users', async () => ({ users: await listDemoUsers({ db, enabled: config.demoLogin }) }));

  app.post('/api/auth/demo-login', async (request, reply) => {
    const { userId } = parseInput(z.object({ userId: z.string({ error: 'Velg en demobruker' }) }), request.body);
    const { token, csrfToken } = await loginDemoUser({
      db,
      clock,
      userId,
      ttlHours: config.sessionTtlHours,
      enabled: config.demoLogin,
      previousToken: request.sessionToken ?? undefined,
    });
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(config, config.sessionTtlHours * 3600));
    return { ok: true, csrfToken };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const actor = requireActor(request);
    await endSession({ db, actor, token: request.sessionToken ?? '' });
    clearSessionCookie(reply, config);
    return { ok: true };
  });
}
