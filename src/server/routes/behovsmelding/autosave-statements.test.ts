// An autosave is the busiest request on deadline day (every editor, every few seconds), so its cost in statements is
// held here (issue 11): at most five, counting the session lookup and excluding BEGIN/COMMIT — one for the session,
// one for the application with its partnership, round, parts and the field, two for the change row and the field,
// one for the audit row, which stays; and a poll for changes is three. Counted by the data layer's own logger over
// the real HTTP routes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { demoActor } from '../../../test/actors.ts';
import { openRound, startApplication } from '../../../test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../../../test/org-lookups.ts';
import { loginAs, testConfig, type TestClient } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.ts';

const MAX_STATEMENTS = 5;
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;
const statements: string[] = [];
let database: TestDatabase;
let app: FastifyInstance;
let ola: TestClient;
let id: string;
let partId: string;

beforeAll(async () => {
  // node-postgres sends BEGIN and COMMIT through the logger too (PGlite does not): they are not counted.
  database = await createTestDatabase({ logger: { logQuery: (query) => void (TRANSACTION_CONTROL.test(query) || statements.push(query)) } });
  app = await buildApp({ db: database.db, config: testConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kl-test-data-')) }) });
  await app.ready();
  const db = database.db;
  const round = await openRound(db, await demoActor(db, 'saksbehandler'), 2031);
  const partnership = await partnershipByName(db, SOR_TROMS);
  ({ id } = await startApplication(db, await demoActor(db, 'koordinator'), { roundId: round.id, partnershipId: partnership.id, year: 2031 }));
  ola = await loginAs(app, 'koordinator', db);
  const parts = [{ id: 'del-a', name: 'Del A', otherOfficeId: null, budgetYear: 2031 }];
  const { application } = (await ola.get(`/api/behovsmelding/applications/${id}`)).json() as { application: { fields: Record<string, { version: number }> } };
  expect((await ola.put(`/api/behovsmelding/applications/${id}/fields/parts`, { value: parts, baseVersion: application.fields['parts']?.version ?? 0 })).statusCode).toBe(200);
  partId = parts[0]!.id;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

/** The statements one request sends. */
async function counted(run: () => Promise<{ statusCode: number; body: string }>) {
  statements.length = 0;
  const res = await run();
  expect(res.statusCode, res.body).toBe(200);
  return [...statements];
}

const listed = (sent: string[]) => sent.map((s, i) => `${i + 1}. ${s.slice(0, 160)}`).join('\n');

describe('an autosave', () => {
  it('of a new field, then of the same field again, takes at most five statements each, the audit row among them', async () => {
    const first = await counted(() => ola.put(`/api/behovsmelding/applications/${id}/fields/s2.ppt`, { value: 'PPT deltar i planleggingen.', baseVersion: 0 }));
    expect(first.length, listed(first)).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(first.filter((s) => /insert into "audit_log"/i.test(s))).toHaveLength(1);

    const second = await counted(() => ola.put(`/api/behovsmelding/applications/${id}/fields/s2.ppt`, { value: 'PPT deltar i planlegging og evaluering.', baseVersion: 1 }));
    expect(second.length, listed(second)).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(second.filter((s) => /insert into "audit_log"/i.test(s))).toHaveLength(1);
  });

  it('of a part’s field (the parts are checked in the same statement as the application) takes at most five', async () => {
    const sent = await counted(() =>
      ola.put(`/api/behovsmelding/applications/${id}/fields/parts.${partId}.unitCounts`, { value: { grunnskole: { total: 4, byMunicipality: [] } }, baseVersion: 0 }),
    );
    expect(sent.length, listed(sent)).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('a poll for changes (every open form, every four seconds) takes three: session, application with cursor, changes', async () => {
    const sent = await counted(() => ola.get(`/api/behovsmelding/applications/${id}/changes?since=0`));
    expect(sent.length, listed(sent)).toBeLessThanOrEqual(3);
  });

  it('a poll is in fact at most two: the session (when not cached) and one for the application, cursor and changes', async () => {
    const before = (await ola.get(`/api/behovsmelding/applications/${id}/changes?since=0`)).json() as { changeCursor: number };
    const res = await ola.put(`/api/behovsmelding/applications/${id}/fields/s2.evaluering`, { value: 'Spørreundersøkelse før og etter', baseVersion: 0 });
    expect(res.statusCode, res.body).toBe(200);
    let body: { changes: { key: string; value: unknown; version: number }[]; changeCursor: number } | undefined;
    const sent = await counted(async () => {
      const poll = await ola.get(`/api/behovsmelding/applications/${id}/changes?since=${before.changeCursor}`);
      body = poll.json();
      return poll;
    });
    expect(sent.length, listed(sent)).toBeLessThanOrEqual(2);
    expect(body!.changes).toEqual([expect.objectContaining({ key: 's2.evaluering', value: 'Spørreundersøkelse før og etter', version: 1 })]);
    expect(body!.changeCursor).toBeGreaterThan(before.changeCursor);
  });

  it('answers with the change cursor of its own save, so the next poll starts after it', async () => {
    const res = await ola.put(`/api/behovsmelding/applications/${id}/fields/s2.malgrupper`, { value: 'Lærere og assistenter', baseVersion: 0 });
    const saved = res.json() as { changeCursor: number };
    const changes = (await ola.get(`/api/behovsmelding/applications/${id}/changes?since=${saved.changeCursor}`)).json() as { changes: unknown[]; changeCursor: number };
    expect(changes.changes).toEqual([]);
    expect(changes.changeCursor).toBe(saved.changeCursor);
  });
});
