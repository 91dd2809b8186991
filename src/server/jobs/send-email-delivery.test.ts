// Issue 15, Must show: e-mail against a real SMTP server on loopback (smtp-server). A stored PDF goes along as an
// attachment (its name and bytes in the raw message); with the server down the attempt fails with a short error
// code, the mail stays unsent and its job is retried with backoff, and goes when the server is back; after the last
// attempt the mail is marked failed and "Send på nytt" makes it go; without SMTP_URL (embedded mode) the message is
// written to DATA_DIR/mail/<id>.eml, which parses with its subject, recipient and attachment. The log holds ids only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { findEmail, queueEmail, SEND_EMAIL_JOB } from '../../db/email-repository.ts';
import { diskFileStore } from '../../db/file-store.ts';
import { MAX_JOB_ATTEMPTS, retryDelayMs } from '../../db/job-repository.ts';
import { job } from '../../db/schema/index.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { freePort } from '../../test/free-port.ts';
import { markQueuedJobsDone } from '../../test/job-queue.ts';
import { testConfig } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { resendEmail } from '../../usecases/platform/resend-email.ts';
import { createWorker, jobHandlers } from '../worker.ts';

let database: TestDatabase;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-mail-'));
const received: { to: string[]; raw: string }[] = [];
const logged: { obj: object; msg: string }[] = [];
const log = { info: (obj: object, msg: string) => logged.push({ obj, msg }), error: (obj: object, msg: string) => logged.push({ obj, msg }) };
// The worker's clock, moved past the backoff by hand; a second ahead so a job queued a moment ago is due.
let offsetMs = 1000;
const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
// A PDF's bytes (binary, so base64 in the message is checked byte for byte).
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from(Array.from({ length: 600 }, (_, i) => i % 256)), Buffer.from('\n%%EOF\n')]);
const ATTACHMENT = { fileKey: 'vedtak-test-letter.pdf', filename: 'vedtak-2024-0001.pdf', contentType: 'application/pdf' };

async function startSmtp(port = 0): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await markQueuedJobsDone(database.db);
  await diskFileStore(dataDir).put({ key: ATTACHMENT.fileKey, contentType: ATTACHMENT.contentType, data: PDF });
});
afterAll(() => database.close());

const worker = (env: Record<string, string>) => {
  const config = testConfig({ DATA_DIR: dataDir, ...env });
  return createWorker({ db: database.db, clock, handlers: jobHandlers({ db: database.db, config, log, clock }), log });
};

const queue = (to: string) =>
  queueEmail(database.db, {
    to,
    subject: 'Vedtak om tilskudd – Kompetanseløftet Sør-Troms',
    text: 'Hei,\nvedtaket ligger ved.\nhttps://kompetanseloft.example.no/tilsagn/1',
    kind: 'vedtak',
    language: 'nb',
    link: 'https://kompetanseloft.example.no/tilsagn/1',
    attachments: [ATTACHMENT],
  });

const jobOf = async (outboxId: string) =>
  (await database.db.select().from(job).where(eq(job.kind, SEND_EMAIL_JOB))).filter((j) => (j.payload as { outboxId: string }).outboxId === outboxId);

type Part = { headers: Record<string, string>; body: string };

/** Headers (unfolded, names lower-cased) and body of one MIME entity. */
function entity(raw: string): Part {
  const at = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, at).replace(/\r?\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.slice(at).replace(/^\r?\n\r?\n/, '') };
}

/** A multipart message's parts, as a mail program splits them at the boundary. */
function parts(raw: string): Part[] {
  const top = entity(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(top.headers['content-type'] ?? '')?.[1];
  if (!boundary) return [];
  return top.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((p) => entity(p.replace(/^\r?\n/, '')));
}

/** An RFC 2047 header as a mail program shows it: encoded words decoded (B or Q), the space between two of them
 * dropped as folding. */
function decodeWords(header: string): string {
  const bytes: Buffer[] = [];
  let rest = header;
  for (const m of header.matchAll(/(\s*)=\?UTF-8\?([QB])\?([^?]*)\?=/gi)) {
    const [, , encoding = '', text = ''] = m;
    rest = rest.replace(m[0], '');
    bytes.push(encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1'));
  }
  return bytes.length > 0 ? Buffer.concat(bytes).toString('utf8') + rest : header;
}

function expectPdfAttached(raw: string) {
  const attachment = parts(raw).find((p) => /attachment/.test(p.headers['content-disposition'] ?? ''));
  expect(attachment?.headers['content-type']).toMatch(/^application\/pdf/);
  expect(attachment?.headers['content-disposition']).toMatch(/filename="?vedtak-2024-0001\.pdf"?/);
  expect(attachment?.headers['content-transfer-encoding']).toBe('base64');
  expect(Buffer.from(attachment!.body.replace(/\s+/g, ''), 'base64').equals(PDF)).toBe(true);
}

describe('e-mail delivery', () => {
  it('sends the stored PDF as an attachment over SMTP', async () => {
    const smtp = await startSmtp();
    try {
      const mail = await queue('vedlegg@example.org');
      expect(await worker({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` })()).toBe(true);
      const got = received.find((r) => r.to.includes('vedlegg@example.org'));
      expect(got).toBeDefined();
      expectPdfAttached(got!.raw);
      expect(await findEmail(database.db, mail.id)).toMatchObject({ attempts: 1, lastError: null, failedAt: null, emlFile: null, sentAt: expect.any(Date) });
    } finally {
      await smtp.close();
    }
  });

  it('with the SMTP server down nothing is lost: a short error, a retry with backoff, and the mail goes when it is back', async () => {
    const port = await freePort();
    const run = worker({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const mail = await queue('nede@example.org');
    expect(await run()).toBe(true);
    const afterFailure = await findEmail(database.db, mail.id);
    expect(afterFailure).toMatchObject({ sentAt: null, failedAt: null, attempts: 1 });
    // The code of what went wrong, nothing that could name the recipient or quote the mail.
    expect(afterFailure!.lastError).toMatch(/^ESOCKET ECONNREFUSED$/);
    const [retry] = await jobOf(mail.id);
    expect(retry).toMatchObject({ attempts: 1, doneAt: null, failedAt: null, lastError: 'ESOCKET ECONNREFUSED' });
    expect(retry!.runAt.getTime()).toBeGreaterThanOrEqual(clock.now().getTime() + retryDelayMs(1) - 1000);

    const smtp = await startSmtp(port);
    try {
      // Not due yet: the backoff holds.
      expect(await run()).toBe(false);
      offsetMs += retryDelayMs(1) + 1000;
      expect(await run()).toBe(true);
      expect(received.filter((r) => r.to.includes('nede@example.org'))).toHaveLength(1);
      expect(await findEmail(database.db, mail.id)).toMatchObject({ attempts: 2, lastError: null, sentAt: expect.any(Date) });
      expect((await jobOf(mail.id))[0]?.doneAt).not.toBeNull();
    } finally {
      await smtp.close();
    }
  });

  it('after the last attempt the mail is marked failed; "Send på nytt" queues it again and it goes', async () => {
    const port = await freePort();
    const run = worker({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const mail = await queue('feilet@example.org');
    for (let attempt = 1; attempt <= MAX_JOB_ATTEMPTS; attempt++) {
      expect(await run(), `forsøk ${attempt}`).toBe(true);
      offsetMs += retryDelayMs(attempt) + 1000;
    }
    expect(await run()).toBe(false);
    const failed = await findEmail(database.db, mail.id);
    expect(failed).toMatchObject({ sentAt: null, attempts: MAX_JOB_ATTEMPTS, lastError: 'ESOCKET ECONNREFUSED', failedAt: expect.any(Date) });
    expect((await jobOf(mail.id))[0]?.failedAt).not.toBeNull();

    const admin = await demoActor(database.db, 'admin');
    const entry = await resendEmail({ db: database.db, clock, actor: admin, id: mail.id });
    expect(entry).toMatchObject({ id: mail.id, state: 'pending', failedAt: null, lastError: null, attempts: MAX_JOB_ATTEMPTS, allowed: [] });
    // A second press while the new attempt waits is refused: the mail goes once.
    await expect(resendEmail({ db: database.db, clock, actor: admin, id: mail.id })).rejects.toMatchObject({ code: 'CONFLICT' });

    const smtp = await startSmtp(port);
    try {
      expect(await run()).toBe(true);
      expect(received.filter((r) => r.to.includes('feilet@example.org'))).toHaveLength(1);
      expect(await findEmail(database.db, mail.id)).toMatchObject({ sentAt: expect.any(Date), failedAt: null, attempts: MAX_JOB_ATTEMPTS + 1 });
    } finally {
      await smtp.close();
    }
    await expect(resendEmail({ db: database.db, clock, actor: admin, id: mail.id })).rejects.toMatchObject({ code: 'CONFLICT', userMessage: 'E-posten er allerede sendt, og sendes ikke på nytt.' });
    await expect(resendEmail({ db: database.db, clock, actor: await demoActor(database.db, 'saksbehandler'), id: mail.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('in embedded mode without SMTP_URL writes DATA_DIR/mail/<id>.eml with subject, recipient and attachment', async () => {
    const config = testConfig({ DATA_DIR: dataDir, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), DEMO_LOGIN: 'false' });
    expect({ smtpUrl: config.smtpUrl, databaseUrl: config.databaseUrl }).toEqual({ smtpUrl: undefined, databaseUrl: undefined });
    const run = createWorker({ db: database.db, clock, handlers: jobHandlers({ db: database.db, config, log, clock }), log });
    const mail = await queue('eml@example.org');
    expect(await run()).toBe(true);
    const row = await findEmail(database.db, mail.id);
    expect(row).toMatchObject({ emlFile: `${mail.id}.eml`, sentAt: expect.any(Date), attempts: 1, lastError: null });

    const raw = fs.readFileSync(path.join(dataDir, 'mail', `${mail.id}.eml`), 'utf8');
    const head = entity(raw).headers;
    expect(head.to).toBe('eml@example.org');
    expect(head.from).toContain('ikke-svar@kompetanseloft.no');
    expect(decodeWords(head.subject ?? '')).toBe('Vedtak om tilskudd – Kompetanseløftet Sør-Troms');
    expect(parts(raw)[0]?.headers['content-type']).toMatch(/^text\/plain/);
    expectPdfAttached(raw);
    expect(fs.readdirSync(path.join(dataDir, 'mail')).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(logged).toContainEqual({ obj: { outboxId: mail.id, jobId: expect.any(String) }, msg: 'E-post lagret som .eml-fil (SMTP_URL mangler)' });
  });

  it('in production with a database server and no SMTP_URL the attempt fails and stays for a retry', async () => {
    const config = testConfig({ DATA_DIR: dataDir, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), DEMO_LOGIN: 'false', DATABASE_URL: 'postgres://db.invalid/kl' });
    const run = createWorker({ db: database.db, clock, handlers: jobHandlers({ db: database.db, config, log, clock }), log });
    const mail = await queue('prod@example.org');
    expect(await run()).toBe(true);
    expect(await findEmail(database.db, mail.id)).toMatchObject({ sentAt: null, emlFile: null, attempts: 1, lastError: 'SMTP_URL_MISSING', failedAt: null });
  });

  it('logs no recipient, subject or text of any of these mails', () => {
    const text = JSON.stringify(logged);
    for (const secret of ['@example.org', 'Vedtak om tilskudd', 'vedtaket ligger ved', 'vedtak-2024-0001']) expect(text).not.toContain(secret);
    expect(logged.length).toBeGreaterThan(0);
  });
});
