// The questionnaire routes over HTTP (ADR 020): the catalogue is public; a co-edited response is autosaved per
// answer with a 409 carrying both values on a conflict, submitted and exported as PDF and DOCX, started with editors
// among the people one may see (an unknown id is a 400) and listed in "Mine skjema"; the anonymous answer needs no
// session, sets no cookie, keeps nothing about who answered, writes no audit row and never reaches the log. The
// history of a response lists every save, newest first, to the respondents only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionnaireAnonymousAnswer } from '../../../db/schema/index.ts';
import { demoActor } from '../../../test/actors.ts';
import { auditCount } from '../../../test/org-lookups.ts';
import { anonymousClient, loginAs, testConfig } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.ts';
import { buildApp } from '../../app.ts';
import { COMPLETE_DEMO_ANSWERS } from '../../../test/questionnaire-fixture.ts';

let database: TestDatabase;
let app: FastifyInstance;
let log = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const config = testConfig({ LOG_LEVEL: 'info', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kl-questionnaire-')) });
  app = await buildApp({ db: database.db, config, logStream: { write: (line: string) => void (log += line) } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const anonymousRows = async () => (await database.db.select({ n: count() }).from(questionnaireAnonymousAnswer))[0]!.n;

describe('the anonymous answer', () => {
  it('is read and given without a session; the answer is an acknowledgement only, no cookie is set, nothing about the sender is kept or logged', async () => {
    const visitor = anonymousClient(app);
    const form = await visitor.get('/api/questionnaires/kartlegging-anonym');
    expect(form.statusCode).toBe(200);
    expect(form.json().questionnaire).toMatchObject({ id: 'kartlegging-anonym', version: 1, storage: 'anonymous', allowed: [] });

    const [rowsBefore, auditsBefore] = [await anonymousRows(), await auditCount(database.db)];
    const secret = 'Hemmelig svar som ikke skal i loggen';
    const res = await visitor.post('/api/questionnaires/kartlegging-anonym/answers', {
      questionnaireVersion: 1,
      answers: { ...COMPLETE_DEMO_ANSWERS, behovBeskrivelse: secret },
    });
    expect(res.statusCode).toBe(201);
    expect(Object.keys(res.json()).sort()).toEqual(['questionnaireId', 'questionnaireVersion', 'submittedOn']);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.cookies).toEqual([]);
    expect(await anonymousRows()).toBe(rowsBefore + 1);
    expect(await auditCount(database.db)).toBe(auditsBefore);
    const [row] = (await database.db.execute(`select * from questionnaire_anonymous_answer where answers->>'behovBeskrivelse' = '${secret}'`) as unknown as { rows: Record<string, unknown>[] }).rows;
    expect(Object.keys(row!).sort()).toEqual(['answers', 'id', 'questionnaire_id', 'questionnaire_version', 'submitted_on']);
    expect(log).not.toContain(secret);
    expect(log).not.toContain('Tromsdalen');
  });

  it('refuses an invalid answer with 400 and Norwegian messages at the fields, writing nothing', async () => {
    const before = await anonymousRows();
    const res = await anonymousClient(app).post('/api/questionnaires/kartlegging-anonym/answers', {
      questionnaireVersion: 1,
      answers: { ...COMPLETE_DEMO_ANSWERS, enhetNavn: '', antallAnsatte: 'Ugyldig hemmelighet' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toContainEqual({ field: 'enhetNavn', message: 'Spørsmålet må besvares' });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(log).not.toContain('Ugyldig hemmelighet');
    expect(await anonymousRows()).toBe(before);
    expect((await anonymousClient(app).post('/api/questionnaires/kartlegging-anonym/answers', [])).statusCode).toBe(400);
  });

  it('is not given to a co-edited questionnaire, and a co-edited response is not started without login', async () => {
    const visitor = anonymousClient(app);
    expect((await visitor.post('/api/questionnaires/kartlegging-demo/answers', { questionnaireVersion: 1, answers: COMPLETE_DEMO_ANSWERS })).statusCode).toBe(409);
    expect((await visitor.post('/api/questionnaire-responses', { questionnaireId: 'kartlegging-demo', subject: 'X' })).statusCode).toBe(401);
    expect((await visitor.get('/api/questionnaires/finnes-ikke')).statusCode).toBe(404);
  });
});

describe('a co-edited response', () => {
  it('is started, autosaved per answer with a conflict carrying both values, followed by changes, submitted and exported as PDF', async () => {
    const db = database.db;
    const ola = await loginAs(app, 'koordinator', db);
    const ingrid = await loginAs(app, 'uh', db);
    const ingridId = (await demoActor(db, 'uh')).userId;
    const form = (await ola.get('/api/questionnaires/kartlegging-demo')).json().questionnaire;
    expect(form.allowed).toEqual(['start']);

    const started = await ola.post('/api/questionnaire-responses', { questionnaireId: 'kartlegging-demo', subject: 'Tromsø, barnehagene', editors: [ingridId] });
    expect(started.statusCode).toBe(201);
    const id = started.json().id as string;
    const first = await ola.put(`/api/questionnaire-responses/${id}/fields/enhetNavn`, { value: 'Tromsdalen barnehage', baseVersion: 0 });
    expect(first.json()).toMatchObject({ key: 'enhetNavn', version: 1 });
    const conflict = await ola.put(`/api/questionnaire-responses/${id}/fields/enhetNavn`, { value: 'Annen', baseVersion: 0 });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.details).toMatchObject({ key: 'enhetNavn', yours: 'Annen', theirs: { value: 'Tromsdalen barnehage', version: 1 } });

    const got = (await ola.get(`/api/questionnaire-responses/${id}`)).json().response;
    expect(got.fields.enhetNavn).toMatchObject({ value: 'Tromsdalen barnehage', version: 1 });
    expect(got.allowed).toEqual(['read', 'edit', 'submit', 'export']);
    expect(got.validation.canSubmit).toBe(false);
    // The editor named at the start reads it too.
    expect((await ingrid.get(`/api/questionnaire-responses/${id}`)).json().response.allowed).toContain('edit');
    const changes = (await ola.get(`/api/questionnaire-responses/${id}/changes?since=0`)).json();
    expect(changes.changes).toEqual([expect.objectContaining({ key: 'enhetNavn', version: 1 })]);

    const early = await ola.post(`/api/questionnaire-responses/${id}/submit`);
    expect(early.statusCode).toBe(400);
    for (const [key, value] of Object.entries(COMPLETE_DEMO_ANSWERS))
      if (key !== 'enhetNavn') expect((await ola.put(`/api/questionnaire-responses/${id}/fields/${key}`, { value, baseVersion: 0 })).statusCode).toBe(200);
    expect((await ola.post(`/api/questionnaire-responses/${id}/submit`)).json()).toMatchObject({ status: 'submitted' });
    const pdf = await ola.get(`/api/questionnaire-responses/${id}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');

    const stranger = await loginAs(app, 'saksbehandler', db);
    expect((await stranger.get(`/api/questionnaire-responses/${id}`)).statusCode).toBe(404);
    expect((await anonymousClient(app).get(`/api/questionnaire-responses/${id}`)).statusCode).toBe(401);
  });
});

describe('starting with editors, "Mine skjema" and the Word document', () => {
  it('offers the people one may name, refuses an unknown user id with a Norwegian 400, and lists one’s own responses only', async () => {
    const db = database.db;
    const siri = await loginAs(app, 'saksbehandler', db);
    const ola = await loginAs(app, 'koordinator', db);
    const olaId = (await demoActor(db, 'koordinator')).userId;

    const candidates = (await siri.get('/api/questionnaire-responses/editor-candidates')).json().people as { userId: string }[];
    expect(candidates.map((c) => c.userId)).toContain(olaId);
    expect((await anonymousClient(app).get('/api/questionnaire-responses/editor-candidates')).statusCode).toBe(401);

    const unknownId = '00000000-0000-4000-8000-000000000001';
    const refused = await siri.post('/api/questionnaire-responses', { questionnaireId: 'kartlegging-demo', subject: 'Med ukjent', editors: [unknownId] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fieldErrors).toEqual([{ field: 'editors.0', message: `Fant ingen aktiv bruker med id «${unknownId}»` }]);

    const started = await siri.post('/api/questionnaire-responses', { questionnaireId: 'kartlegging-demo', subject: 'Siris kartlegging', editors: [olaId] });
    expect(started.statusCode).toBe(201);
    const id = started.json().id as string;
    const mine = (await siri.get('/api/questionnaire-responses')).json().responses as { id: string; subject: string; status: string }[];
    expect(mine).toEqual([expect.objectContaining({ id, subject: 'Siris kartlegging', status: 'draft' })]);
    // The editor sees it in their list; a stranger does not.
    expect(((await ola.get('/api/questionnaire-responses')).json().responses as { id: string }[]).map((r) => r.id)).toContain(id);
    const stranger = await loginAs(app, 'leser', db);
    expect(((await stranger.get('/api/questionnaire-responses')).json().responses as { id: string }[]).map((r) => r.id)).not.toContain(id);
    expect((await anonymousClient(app).get('/api/questionnaire-responses')).statusCode).toBe(401);

    for (const [key, value] of Object.entries(COMPLETE_DEMO_ANSWERS))
      expect((await ola.put(`/api/questionnaire-responses/${id}/fields/${key}`, { value, baseVersion: 0 })).statusCode).toBe(200);
    expect((await siri.get(`/api/questionnaire-responses/${id}/export.docx`)).statusCode).toBe(404);
    expect((await ola.post(`/api/questionnaire-responses/${id}/submit`)).statusCode).toBe(200);
    const docx = await siri.get(`/api/questionnaire-responses/${id}/export.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toContain('.docx');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await stranger.get(`/api/questionnaire-responses/${id}/export.docx`)).statusCode).toBe(404);
  });
});

describe('the history of a response', () => {
  it('lists every save newest first with the Bokmål label, who and when, one answer with ?key=, and only to the respondents', async () => {
    const db = database.db;
    const ola = await loginAs(app, 'koordinator', db);
    const ingrid = await loginAs(app, 'uh', db);
    const ingridId = (await demoActor(db, 'uh')).userId;
    const id = (await ola.post('/api/questionnaire-responses', { questionnaireId: 'kartlegging-demo', subject: 'Historikk', editors: [ingridId] })).json().id as string;
    expect((await ola.put(`/api/questionnaire-responses/${id}/fields/enhetNavn`, { value: 'Første navn', baseVersion: 0 })).statusCode).toBe(200);
    expect((await ingrid.put(`/api/questionnaire-responses/${id}/fields/antallAnsatte`, { value: 24, baseVersion: 0 })).statusCode).toBe(200);
    expect((await ola.put(`/api/questionnaire-responses/${id}/fields/enhetNavn`, { value: 'Andre navn', baseVersion: 1 })).statusCode).toBe(200);

    const res = await ingrid.get(`/api/questionnaire-responses/${id}/history`);
    expect(res.statusCode).toBe(200);
    const history = res.json().history as { key: string; label: string; value: unknown; version: number; byName: string; at: string }[];
    expect(history.map((h) => [h.key, h.value, h.version])).toEqual([
      ['enhetNavn', 'Andre navn', 2],
      ['antallAnsatte', 24, 1],
      ['enhetNavn', 'Første navn', 1],
    ]);
    expect(history[0]).toMatchObject({ label: 'Navn på barnehagen, skolen eller enheten' });
    expect(history[1]!.byName).not.toBe(history[0]!.byName);
    for (const h of history) {
      expect(Object.keys(h).sort()).toEqual(['at', 'byName', 'id', 'key', 'label', 'value', 'version']);
      expect(Number.isNaN(Date.parse(h.at))).toBe(false);
    }

    const one = (await ola.get(`/api/questionnaire-responses/${id}/history?key=antallAnsatte`)).json().history as { key: string }[];
    expect(one.map((h) => h.key)).toEqual(['antallAnsatte']);

    const stranger = await loginAs(app, 'saksbehandler', db);
    expect((await stranger.get(`/api/questionnaire-responses/${id}/history`)).statusCode).toBe(404);
    expect((await anonymousClient(app).get(`/api/questionnaire-responses/${id}/history`)).statusCode).toBe(401);
  });
});
