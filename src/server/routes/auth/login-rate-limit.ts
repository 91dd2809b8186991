// Limits login attempts per client IP: POST /api/auth/demo-login, GET /auth/login and GET /auth/callback share one
// budget of LOGIN_RATE_LIMIT per minute. Choice: a small onRequest hook over rate_limit_counter (a fixed one-minute
// window, one atomic upsert per attempt) rather than @fastify/rate-limit with a custom store — the store interface
// is callback-based and per-route, while this is ten lines, one table, and shared by every instance.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../config/env.ts';
import type { Db } from '../../../db/client.ts';
import { deleteCountersBefore, hitCounter } from '../../../db/rate-limit-repository.ts';
import { AppError } from '../../../domain/shared/app-error.ts';
import { msg } from '../../../domain/shared/message-catalogs.ts';
import type { Clock } from '../../../domain/shared/clock.ts';

const LIMITED = new Set(['POST /api/auth/demo-login', 'GET /auth/login', 'GET /auth/callback']);
const WINDOW_MS = 60_000;

export function registerLoginRateLimit(app: FastifyInstance, { db, config, clock }: { db: Db; config: Config; clock: Clock }) {
  app.addHook('onRequest', async (request, reply) => {
    if (!LIMITED.has(`${request.method} ${request.routeOptions.url}`)) return;
    const now = clock.now().getTime();
    const windowStart = now - (now % WINDOW_MS);
    const count = await hitCounter(db, `login:${request.ip}`, new Date(windowStart));
    // The first attempt of a window tidies old windows, so the table stays at about one row per recent client.
    if (count === 1) await deleteCountersBefore(db, new Date(windowStart - 10 * WINDOW_MS));
    if (count > config.loginRateLimit) {
      reply.header('retry-after', String(Math.ceil((windowStart + WINDOW_MS - now) / 1000)));
      throw new AppError('RATE_LIMITED', msg('access.tooManyLoginAttempts'));
    }
  });
}
