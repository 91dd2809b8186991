// Resolves the session cookie to an actor on every request, and guards mutations against CSRF:
// a logged-in mutation must carry the session's token in X-CSRF-Token, and any mutation whose Origin is
// foreign is refused. Cookies are HttpOnly and SameSite=Lax.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { cachedSessionActor } from '../../db/session-cache.ts';
import type { SessionActor } from '../../db/session-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { Clock } from '../../domain/shared/clock.ts';

export const SESSION_COOKIE = 'kl_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionActor | null;
    sessionToken: string | null;
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function sessionCookieOptions(config: Config, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.publicUrl.startsWith('https://'),
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

export const sessionPlugin = fp(async (app: FastifyInstance, opts: { db: Db; config: Config; clock: Clock }) => {
  const allowedOrigin = new URL(opts.config.publicUrl).origin;
  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.sessionToken = token;
      request.session = await cachedSessionActor(opts.db, token, opts.clock.now());
    }
    if (!MUTATING.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin && origin !== allowedOrigin && origin !== `http://${request.headers.host}` && origin !== `https://${request.headers.host}`)
      throw new AppError('CSRF', msg('access.foreignOrigin'));
    if (request.session) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, request.session.csrfToken))
        throw new AppError('CSRF', msg('access.csrfToken'));
    }
  });
});

/** The actor of a request, or 401 when nobody is logged in. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.session) throw new AppError('UNAUTHENTICATED', msg('access.notLoggedIn'));
  return request.session.actor;
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
}
