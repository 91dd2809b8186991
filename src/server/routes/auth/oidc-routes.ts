// OIDC login over the browser: /auth/login sends the user to the provider, /auth/callback completes the login.
// Failures never show a stack or JSON to the user: they redirect to the login-failed page with a reason code.
// Endpoints in src/domain/access/contract.ts (redirects: no JSON answer).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../config/env.ts';
import type { Db } from '../../../db/client.ts';
import { accessContract as c } from '../../../domain/access/contract.ts';
import type { Clock } from '../../../domain/shared/clock.ts';
import { LoginRefused, loginFailedPath, safeReturnTo } from '../../../domain/access/login.ts';
import { LOGIN_STATE_TTL_MS } from '../../../domain/access/login.ts';
import { completeOidcLogin } from '../../../usecases/access/complete-oidc-login.ts';
import { startOidcLogin } from '../../../usecases/access/start-oidc-login.ts';
import { createOidcClient } from '../../../integrations/oidc-client.ts';
import { route } from '../../contract/route.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../../plugins/session.ts';

/** Holds the pending login's state in the browser that started it (see complete-oidc-login.ts). */
const LOGIN_COOKIE = 'kl_login';

export function registerOidcRoutes(app: FastifyInstance, { db, config, clock }: { db: Db; config: Config; clock: Clock }) {
  const oidc = config.oidc ? createOidcClient(config.oidc, `${config.publicUrl}${c.oidcCallback.path}`) : undefined;
  const loginCookie = { ...sessionCookieOptions(config, LOGIN_STATE_TTL_MS / 1000), path: '/auth' };

  route(app, c.oidcLogin, async (request, reply) => {
    const returnTo = safeReturnTo(request.query.returnTo);
    if (!oidc) return reply.redirect(config.demoLogin ? `/logg-inn?returnTo=${encodeURIComponent(returnTo)}` : loginFailedPath('feil'));
    try {
      const { url, state } = await startOidcLogin({ db, clock, oidc, returnTo });
      reply.setCookie(LOGIN_COOKIE, state, loginCookie);
      return reply.redirect(url.href);
    } catch (error) {
      request.log.error({ err: error }, 'OIDC login could not start');
      return reply.redirect(loginFailedPath('feil'));
    }
  });

  route(app, c.oidcCallback, async (request, reply) => {
    if (!oidc) return reply.redirect(loginFailedPath('feil'));
    const browserState = request.cookies[LOGIN_COOKIE];
    reply.clearCookie(LOGIN_COOKIE, loginCookie);
    try {
      const { token, returnTo } = await completeOidcLogin({
        db,
        clock,
        oidc,
        callbackUrl: new URL(request.url, config.publicUrl),
        browserState,
        identifierClaim: config.oidc?.identifierClaim ?? 'email',
        requiredAcr: config.oidc?.acrValues,
        ttlHours: config.sessionTtlHours,
        previousToken: request.sessionToken ?? undefined,
      });
      reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(config, config.sessionTtlHours * 3600));
      return reply.redirect(returnTo);
    } catch (error) {
      if (!(error instanceof LoginRefused)) request.log.error({ err: error }, 'OIDC callback failed');
      // The code only: the refusal's detail names the identity (subject, e-mail) or quotes the provider.
      else request.log.warn({ reason: error.code }, 'OIDC login refused');
      return reply.redirect(loginFailedPath(error instanceof LoginRefused ? error.code : 'feil'));
    }
  });
}
