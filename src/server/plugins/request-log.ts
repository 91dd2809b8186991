// One log line per request, in place of Fastify's own request logging (turned off in app.ts): that one logs the
// raw URL, and query strings carry names and search terms. This logs the route pattern ('/api/people/:id'), never
// the URL, with the status, the time taken and the request id (the child logger's `reqId`). At debug level (issue
// 11): on deadline day an info line per autosave and poll costs more than the work it logs; errors are logged at
// their own level by the error handler, and LOG_LEVEL=debug shows every request.
import type { FastifyInstance } from 'fastify';

export function registerRequestLog(app: FastifyInstance) {
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug(
      { method: request.method, route: request.routeOptions.url ?? null, statusCode: reply.statusCode, responseTime: Math.round(reply.elapsedTime) },
      'request completed',
    );
  });
}
