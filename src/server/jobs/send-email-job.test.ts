// The invitation e-mail end to end: invite-person queues it, the worker claims the job and delivers it over SMTP
// to a real listener (smtp-server), which receives the Norwegian subject intact. Also: development without
// SMTP_URL writes the mail as a .eml file instead of failing (logging its ids, never its recipient or text), and an
// unreachable server means a retry later, not a lost mail. Attachments, failures and resend: send-email-delivery.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { findJob } from '../../db/job-repository.ts';
import { emailOutbox, job, organisation } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { markQueuedJobsDone } from '../../test/job-queue.ts';
import { demoActor } from '../../test/actors.ts';
import { freePort } from '../../test/free-port.ts';
import { testConfig } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { invitePerson } from '../../usecases/access/invite-person.ts';
import { createWorker, jobHandlers } from '../worker.ts';

let database: TestDatabase;
let smtp: SMTPServer;
let smtpPort: number;
const received: { to: string[]; raw: string }[] = [];
const logged: { obj: object; msg: string }[] = [];
const log = { info: (obj: object, msg: string) => logged.push({ obj, msg }), error: (obj: object, msg: string) => logged.push({ obj, msg }) };

beforeAll(async () => {
  database = await createTestDatabase();
  await markQueuedJobsDone(database.db);
  smtp = new SMTPServer({
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
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.close();
});

/** RFC 2047 "Q" encoding: =XX is a byte, _ a space, anything else itself. */
function qBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=') {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text[i] === '_' ? 0x20 : text.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

/** The Subject header with RFC 2047 encoded words decoded, as a mail client would show it. */
function subjectOf(raw: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const header = (/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(head)?.[1] ?? '').replace(/\r?\n[ \t]/g, ' ');
  const parts: Buffer[] = [];
  let last = 0;
  for (const m of header.matchAll(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi)) {
    const between = header.slice(last, m.index);
    // Whitespace between two encoded words is folding, not text.
    if (last === 0 || between.trim() !== '') parts.push(Buffer.from(between, 'utf8'));
    const [, encoding = '', text = ''] = m;
    parts.push(encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : qBytes(text));
    last = m.index + m[0].length;
  }
  parts.push(Buffer.from(header.slice(last), 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}

async function inviteToKvaefjord(email: string) {
  const [kvaefjord] = await database.db.select().from(organisation).where(eq(organisation.name, 'Kvæfjord kommune'));
  return invitePerson({
    db: database.db,
    clock: systemClock,
    actor: await demoActor(database.db, 'admin'),
    publicUrl: 'https://kompetanseloft.example.no',
    input: { name: 'Åse Ærlig', email, organisationId: kvaefjord!.id, roles: [{ role: 'eierkoordinator', organisationId: kvaefjord!.id }] },
  });
}

// Files (.eml) go to a folder of this test's own, never the working copy's data/.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-send-email-'));
const worker = (env: Record<string, string>) =>
  createWorker({ db: database.db, clock: systemClock, handlers: jobHandlers({ db: database.db, config: testConfig({ DATA_DIR: dataDir, ...env }), log, clock: systemClock }), log });

describe('send-email job', () => {
  it('delivers the invitation e-mail over SMTP with a UTF-8 subject and marks it sent', async () => {
    await inviteToKvaefjord('ase@example.org');
    expect(await worker({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}` })()).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['ase@example.org']);
    expect(received[0]!.raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(subjectOf(received[0]!.raw)).toBe('Du er invitert til å bruke Kompetanseløft – Kvæfjord kommune');
    expect(received[0]!.raw).toContain('https://kompetanseloft.example.no/logg-inn');
    const [mail] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.to, 'ase@example.org'));
    expect(mail?.sentAt).not.toBeNull();
    const [done] = await database.db.select().from(job);
    expect(done?.doneAt).not.toBeNull();
  });

  it('in development without SMTP_URL, writes the mail as a .eml file and logs only its ids, not its content', async () => {
    logged.length = 0;
    await inviteToKvaefjord('dev@example.org');
    expect(await worker({ NODE_ENV: 'development' })()).toBe(true);
    const [mail] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.to, 'dev@example.org'));
    expect(mail?.sentAt).not.toBeNull();
    expect(mail?.emlFile).toBe(`${mail!.id}.eml`);
    expect(fs.existsSync(path.join(dataDir, 'mail', `${mail!.id}.eml`))).toBe(true);
    expect(logged).toEqual([{ obj: { outboxId: mail!.id, jobId: expect.any(String) }, msg: 'E-post lagret som .eml-fil (SMTP_URL mangler)' }]);
    const text = JSON.stringify(logged);
    for (const secret of ['dev@example.org', 'Åse Ærlig', mail!.subject, 'logg-inn']) expect(text).not.toContain(secret);
    expect(received).toHaveLength(1);
  });

  it('an unreachable SMTP server leaves the job for a later retry, not lost', async () => {
    const created = await inviteToKvaefjord('retry@example.org');
    const closedPort = await freePort();
    expect(await worker({ SMTP_URL: `smtp://127.0.0.1:${closedPort}` })()).toBe(true);
    const [mail] = await database.db.select().from(emailOutbox).where(eq(emailOutbox.to, 'retry@example.org'));
    expect(mail?.sentAt).toBeNull();
    const jobs = await database.db.select().from(job);
    const retry = await findJob(database.db, jobs.find((j) => (j.payload as { outboxId: string }).outboxId === mail!.id)!.id);
    expect(retry).toMatchObject({ attempts: 1, doneAt: null, failedAt: null, lockedAt: null });
    expect(retry!.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(created.email).toBe('retry@example.org');
  });
});
