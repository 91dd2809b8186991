// Builds the Fastify application: security headers, cookies, sessions, CSRF, rate limits, routes and the web UI.
// Everything it needs comes in as arguments, so tests build the same app against their own database.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { Config } from '../config/env.ts';
import type { Db } from '../db/client.ts';
import { frameworkErrorHandler, registerErrorHandler } from './plugins/errors.ts';
import { inputHygienePlugin } from './plugins/input-hygiene.ts';
import { loggerOptions, type LogStream } from './plugins/log-privacy.ts';
import { noStorePlugin } from './plugins/no-store.ts';
import { registerRequestLog } from './plugins/request-log.ts';
import { sessionPlugin } from './plugins/session.ts';
import { registerRoutes } from './routes/index.ts';
import { systemClock, type Clock } from '../domain/shared/clock.ts';

/** `clock`: what time it is for every use case, session and rate limit (tests set it; default the system clock).
 * `logStream`: where log lines go (tests capture them; default stdout). */
export type AppDeps = {
  db: Db;
  config: Config;
  webDir?: string | undefined;
  /** The UI in `webDir` is rebuilt while the server runs (`serve --dev`): files and index.html are read per request. */
  webLive?: boolean | undefined;
  clock?: Clock | undefined;
  logStream?: LogStream | undefined;
};

/** What route modules receive: the app's dependencies with the clock settled. */
export type RouteDeps = AppDeps & { clock: Clock };

export type RegisteredRoute = { method: string; url: string };

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : loggerOptions(config.logLevel, deps.logStream),
    // Fastify's own request lines carry the raw URL (search terms, names); request-log.ts logs the route instead.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    // A path that does not decode answers 400 in the app's own error shape (errors.ts), not Fastify's.
    frameworkErrors: frameworkErrorHandler,
  });
  // Kept for the access-matrix test: every route the server has must have a row there.
  const registeredRoutes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  registerRequestLog(app);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD' && method !== 'OPTIONS') registeredRoutes.push({ method, url: route.url });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(sessionPlugin, { db: deps.db, config, clock });
  await app.register(inputHygienePlugin);
  await app.register(noStorePlugin);
  const indexHtml = readIndexHtml(deps.webDir);
  registerErrorHandler(app, { indexHtml: deps.webLive ? () => readIndexHtml(deps.webDir) : () => indexHtml });
  await registerRoutes(app, { ...deps, clock });
  await registerWeb(app, deps.webDir, deps.webLive ?? false);
  return app;
}

/** Serves the built React app's assets; the not-found handler serves index.html for client-side routes. */
async function registerWeb(app: FastifyInstance, webDir: string | undefined, live: boolean) {
  if (!webDir || !fs.existsSync(path.join(webDir, 'index.html'))) return;
  // Built once: a route per file (fast, and unknown paths fall to the page handler). Rebuilt live: new asset names
  // appear, so files under assets/ (all Vite emits besides index.html) are looked up per request.
  if (live) await app.register(fastifyStatic, { root: path.join(webDir, 'assets'), prefix: '/assets/', wildcard: true, index: false });
  else
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // The build's .br/.gz copies (scripts/precompress.ts), by the browser's Accept-Encoding.
      preCompressed: true,
      // Vite names assets by their content: a changed file is a new name, so a browser may keep one for good. Other
      // files (the favicon …) keep their name across builds: asked again each time.
      cacheControl: false,
      setHeaders: (res, file) => {
        res.setHeader('cache-control', /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
}

function readIndexHtml(webDir: string | undefined): string | undefined {
  const file = webDir ? path.join(webDir, 'index.html') : undefined;
  return file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}
