// API and login responses carry personal data or set the session: no cache may keep them — not the browser's on a
// shared computer, not a proxy's. Every /api/ and /auth/ response says `Cache-Control: no-store` unless its route
// set its own (file downloads send `private, no-store`). The web UI's pages and assets are left to the static server.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const PRIVATE_PATH = /^\/(api|auth)(\/|\?|$)/;

export const noStorePlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('cache-control') && PRIVATE_PATH.test(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });
});
