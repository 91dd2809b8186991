// Maps errors to HTTP: AppError shows its Norwegian message with its status; anything unexpected is logged
// with an id and the user sees a generic message carrying that id.
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg, renderIn } from '../../domain/shared/message-catalogs.ts';
import { UNREADABLE_URL_MESSAGE } from './input-hygiene.ts';
import { requestLanguage } from './request-language.ts';

export type ErrorBody = { error: { code: string; message: string; fieldErrors?: { field: string; message: string }[]; details?: unknown; id?: string } };

/** `indexHtml`: the web UI's page (read anew each time while the UI is rebuilt in development), served for unknown
 * non-API GETs so the client router can take them. */
export function registerErrorHandler(app: FastifyInstance, { indexHtml: pageHtml }: { indexHtml?: () => string | undefined } = {}) {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      // In the reader's language (Accept-Language; Bokmål by default, which is what userMessage holds).
      const language = requestLanguage(request);
      const { userMessage, fieldErrors } = error.localizable;
      const body: ErrorBody = {
        error: {
          code: error.code,
          message: renderIn(language, userMessage),
          fieldErrors: fieldErrors.map((e) => ({ field: e.field, message: renderIn(language, e.message) })),
        },
      };
      if (error.details !== undefined) body.error.details = error.details;
      return reply.status(error.status).send(body);
    }
    const fe = error as FastifyError;
    // The platform's own refusals, in the reader's language too.
    const say = (message: string) => renderIn(requestLanguage(request), message);
    if (fe.statusCode === 413)
      return reply.status(413).send({ error: { code: 'TOO_LARGE', message: say(msg('shared.requestTooLarge')) } });
    if (fe.statusCode === 429)
      return reply.status(429).send({ error: { code: 'RATE_LIMITED', message: say(msg('shared.tooManyAttempts')) } });
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
      return reply.status(fe.statusCode).send({ error: { code: fe.code ?? 'BAD_REQUEST', message: say(msg('shared.badRequest')) } });
    const id = randomUUID();
    // The err serializer (log-privacy.ts) keeps the error's name, code and stack frames, not its message.
    request.log.error({ err: error, errorId: id, route: request.routeOptions.url ?? null }, 'unexpected error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: say(msg('shared.internalError', { id })), id } });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !/^\/(api|auth)(\/|$)/.test(path) && !/\.[a-z0-9]+$/i.test(path);
    const indexHtml = isPage ? pageHtml?.() : undefined;
    if (indexHtml) {
      reply.type('text/html; charset=utf-8');
      // HEAD answers with GET's headers and no body (Fastify keeps a HEAD reply's own content-length).
      if (request.method === 'HEAD') return reply.header('content-length', String(Buffer.byteLength(indexHtml))).send();
      return reply.send(indexHtml);
    }
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: renderIn(requestLanguage(request), msg('shared.urlNotFound', { url: request.url })) } });
  });
}

/**
 * Fastify's own refusals before any route is found (the `frameworkErrors` option): a path whose percent-encoding
 * does not decode (`/api/people/%E0%A4%A`), a parameter over the length limit. Same shape as every other error.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const [status, message] =
    error.code === 'FST_ERR_BAD_URL' ? [400, UNREADABLE_URL_MESSAGE]
    : error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? [414, msg('shared.urlTooLong')]
    : [error.statusCode ?? 400, msg('shared.badRequest')];
  // No hook runs for these; the header the no-store plugin would add is set here.
  return reply.status(status).header('cache-control', 'no-store').send({ error: { code: 'BAD_REQUEST', message: renderIn(requestLanguage(request), message) } } satisfies ErrorBody);
}
