// Health, session, demo login, logout and the OIDC redirects: public or for anyone logged in. None of them asks the
// access policy (`verb: null`): they concern only the visitor's own session. And the outbox's "Send på nytt" and
// .eml file: the admin only (the list itself is in cases-access.ts).
import { expect } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { markEmailSent, queueEmail } from '../../db/email-repository.ts';
import { appUser, emailOutbox, job } from '../../db/schema/index.ts';
import { writeEmlFile } from '../../integrations/mail/eml-file.ts';
import { everyone, loggedIn, only, type RouteCase, type Who } from './matrix.ts';
import { DEMO_EMAIL } from '../../test/actors.ts';

/** A mail of the cell's own that the worker gave up on (its job failed too), for "Send på nytt". */
async function failedMail(db: Db, unique: string) {
  const mail = await queueEmail(db, { to: `matrise-${unique}@example.org`, subject: 'Matrise', text: 'Matrise' });
  const at = new Date();
  await db.update(emailOutbox).set({ attempts: 5, lastError: 'ESOCKET ECONNREFUSED', failedAt: at }).where(eq(emailOutbox.id, mail.id));
  await db.update(job).set({ failedAt: at }).where(sql`${job.payload}->>'outboxId' = ${mail.id}`);
  return mail;
}

/** A mail of the cell's own written as DATA_DIR/mail/<id>.eml (no SMTP), its job done. */
async function emlMail(db: Db, dataDir: string, unique: string) {
  const mail = await queueEmail(db, { to: `matrise-${unique}@example.org`, subject: 'Matrise', text: 'Matrise' });
  const emlFile = await writeEmlFile({ dataDir, outboxId: mail.id, message: { from: 'ikke-svar@example.org', to: mail.to, subject: mail.subject, text: mail.text } });
  await markEmailSent(db, mail.id, new Date(), emlFile);
  await db.update(job).set({ doneAt: new Date() }).where(sql`${job.payload}->>'outboxId' = ${mail.id}`);
  return mail;
}

type Json = Record<string, unknown> & { users?: unknown[]; user?: unknown };

/** What the navigation and the start page offer each role (GET /api/session `may`), written out by hand like the
 * matrix: the menu items and shortcuts of every demo user. */
const MAY: Record<Exclude<Who, 'anonymous'>, string[]> = {
  admin: ['reviewRounds', 'listPeople', 'invite', 'manageUsers', 'readAudit', 'readOutbox', 'createOrganisation', 'createPartnership', 'readTilsagn', 'readUtbetaling'],
  saksbehandler: ['reviewRounds', 'listPeople', 'invite', 'manageUsers', 'createOrganisation', 'createPartnership', 'readTilsagn', 'readUtbetaling'],
  // The decisions and payments to approve, and nothing else.
  budsjettdisponent: ['readTilsagn', 'readUtbetaling'],
  forum: ['reviewRounds', 'readTilsagn'],
  koordinator: ['listPeople', 'invite', 'createPartnership'],
  uh: ['listPeople', 'invite'],
  studiesenter: ['listPeople', 'invite'],
  leser: ['reviewRounds', 'readTilsagn', 'readUtbetaling'],
};

export const platformCases: RouteCase[] = [
  {
    // "Send på nytt" for a mail the worker gave up on (issue 15): the admin only. Each cell fails a mail of its own.
    route: 'POST /api/admin/outbox/:id/resend',
    verb: 'email-outbox.resend',
    request: async ({ db, unique }) => ({ url: `/api/admin/outbox/${(await failedMail(db, unique)).id}/resend` }),
    allow: only({ admin: 'both' }),
    mutation: true,
    payload: (b) => expect(b).toMatchObject({ state: 'pending', failedAt: null, lastError: null, allowed: [] }),
  },
  {
    // A mail written as a .eml file without SMTP: the raw message, recipients and all, so the admin only.
    route: 'GET /api/admin/outbox/:id/eml',
    verb: 'email-outbox.read',
    request: async ({ db, fx, unique }) => ({ url: `/api/admin/outbox/${(await emlMail(db, fx.dataDir!, unique)).id}/eml` }),
    allow: only({ admin: 'both' }),
    mutation: false,
    payload: (b, _ctx, headers) => {
      expect(headers['content-type']).toMatch(/^message\/rfc822/);
      expect(String(b)).toMatch(/^Subject: Matrise$/m);
    },
  },
  {
    route: 'GET /health',
    verb: null,
    request: () => ({ url: '/health' }),
    allow: everyone,
    mutation: false,
    payload: (b) => expect(b).toEqual({ status: 'ok', db: 'ok' }),
  },
  {
    // The API's description is public, like the source it is generated from.
    route: 'GET /api/openapi.json',
    verb: null,
    request: () => ({ url: '/api/openapi.json' }),
    allow: everyone,
    mutation: false,
    payload: (b) => expect(b).toMatchObject({ openapi: '3.1.0', paths: { '/api/regions/{id}': { get: { operationId: 'reference.getRegion' } } } }),
  },
  {
    // Who runs the service, for the accessibility statement and the privacy notice: public, as they are.
    route: 'GET /api/operator',
    verb: null,
    request: () => ({ url: '/api/operator' }),
    allow: everyone,
    mutation: false,
    payload: (b) => expect(b).toMatchObject({ name: expect.any(String), email: expect.stringContaining('@'), statementsDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
  },
  {
    route: 'GET /api/session',
    verb: null,
    request: () => ({ url: '/api/session' }),
    allow: everyone,
    mutation: false,
    payload: (b, ctx) => {
      const body = b as Json;
      expect(body.login).toBeDefined();
      if (ctx.who === 'anonymous') expect(body.user).toBeNull();
      else expect(body.user).toMatchObject({ grants: expect.any(Array) });
      if (ctx.who === 'anonymous') expect(body.may).toBeNull();
      else expect(Object.entries(body.may as Record<string, boolean>).filter(([, yes]) => yes).map(([key]) => key).sort()).toEqual([...MAY[ctx.who]].sort());
    },
  },
  {
    route: 'GET /api/auth/demo-users',
    verb: null,
    request: () => ({ url: '/api/auth/demo-users' }),
    allow: everyone,
    mutation: false,
    payload: (b) => expect((b as Json).users?.length).toBeGreaterThanOrEqual(8),
  },
  {
    // The demo login is for trying the app: any visitor may be any demo user (off in production).
    route: 'POST /api/auth/demo-login',
    verb: null,
    request: async ({ db, tenancy }) => {
      const email = tenancy === 'own' ? DEMO_EMAIL.leser : DEMO_EMAIL.forum;
      const [user] = await db.select().from(appUser).where(eq(appUser.email, email));
      return { url: '/api/auth/demo-login', body: { userId: user!.id } };
    },
    allow: everyone,
    mutation: true,
    payload: (b) => expect((b as Json).csrfToken).toEqual(expect.any(String)),
  },
  {
    route: 'POST /api/auth/logout',
    verb: null,
    request: () => ({ url: '/api/auth/logout', body: {} }),
    allow: loggedIn,
    mutation: true,
    payload: (b) => expect(b).toEqual({ ok: true }),
  },
  {
    route: 'GET /auth/login',
    verb: null,
    request: () => ({ url: '/auth/login?returnTo=/partnerskap' }),
    allow: everyone,
    mutation: false,
    allowedStatus: [302],
    payload: (_b, _ctx, headers) => expect(String(headers.location)).toMatch(/\/auth\?.*code_challenge=/),
  },
  {
    // A callback without a login in progress is refused by redirecting to the explanation page, for everyone.
    route: 'GET /auth/callback',
    verb: null,
    request: () => ({ url: '/auth/callback?code=x&state=ukjent' }),
    allow: everyone,
    mutation: false,
    allowedStatus: [302],
    payload: (_b, _ctx, headers) => expect(String(headers.location)).toMatch(/^\/innlogging-feilet\?grunn=/),
  },
];
