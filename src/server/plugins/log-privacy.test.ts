// Errors in the log (issue 8, finding 8): an unexpected error is logged with its id, route, name, code and stack
// frames, but not its message or properties — an SMTP error names the rejected address, a database error quotes the
// row, a Fastify warning the URL. And an error logged without a message does not become the line's text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testConfig } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { buildApp } from '../app.ts';
import { safeError } from './log-privacy.ts';

const ADDRESS = 'ada.admin@example.org';
let database: TestDatabase;
let app: FastifyInstance;
let log = '';

/** Shaped like nodemailer's rejected-recipient error: the address in the message and in its properties. */
function smtpError() {
  const cause = Object.assign(new Error(`duplicate key: (email)=(${ADDRESS})`), { code: '23505', detail: ADDRESS });
  return Object.assign(new Error(`Can't send mail - all recipients were rejected: 550 <${ADDRESS}>`, { cause }), { code: 'EENVELOPE', rejected: [ADDRESS] });
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ db: database.db, config: testConfig({ LOG_LEVEL: 'info', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kl-log-errors-')) }), logStream: { write: (line: string) => void (log += line) } });
  app.get('/api/test/boom/:id', async () => {
    throw smtpError();
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('errors in the log', () => {
  it('an unexpected error is logged with its id, route, name, code and stack frames, not its message or properties', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/test/boom/1?q=${ADDRESS}` });
    expect(res.statusCode).toBe(500);
    const errorId = (res.json() as { error: { id: string } }).error.id;
    expect(log).not.toContain(ADDRESS);
    const line = log.split('\n').map((l) => (l ? (JSON.parse(l) as Record<string, unknown>) : {})).find((l) => l.errorId === errorId);
    expect(line).toMatchObject({ msg: 'unexpected error', route: '/api/test/boom/:id', err: { type: 'Error', code: 'EENVELOPE', cause: { type: 'Error', code: '23505' } } });
    expect((line!.err as { stack: string }).stack).toMatch(/^\s+at .*log-privacy\.test\.ts/);
  });

  it('an error logged without a message gets its name as the text, not its message', () => {
    app.log.warn({ err: smtpError() });
    app.log.error(smtpError());
    expect(log).not.toContain(ADDRESS);
    expect(log).toContain('"msg":"Error"');
  });

  it('keeps only name, code and stack frames of odd values too', () => {
    expect(safeError('text with ada@example.org')).toEqual({ type: 'string' });
    expect(safeError(Object.assign(new TypeError('x'), { code: 7 }))).toMatchObject({ type: 'TypeError', code: '7' });
  });
});
