// "Mine skjema", whom a starter may name as editors, and the Word document, on a real database (PGlite, or
// PostgreSQL with DATABASE_URL). The list is read through the policy's read scope (ADR 013): a user sees the
// responses they started or were named editor of — never somebody else's — and the admin sees all.
import { unzipSync } from 'fflate';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { exportResponse } from './export-response.ts';
import { listEditorCandidates } from './list-editor-candidates.ts';
import { listMyResponses } from './list-my-responses.ts';
import { saveResponseField } from './save-response-field.ts';
import { startResponse } from './start-response.ts';
import { submitResponse } from './submit-response.ts';
import { appError } from '../../test/partnership-fixture.ts';
import { COMPLETE_DEMO_ANSWERS } from '../../test/questionnaire-fixture.ts';

let database: TestDatabase;
let admin: Actor;
let ola: Actor;
let ingrid: Actor;
let hanne: Actor;
let siri: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  [admin, ola, ingrid, hanne, siri] = await Promise.all([
    demoActor(db, 'admin'),
    demoActor(db, 'koordinator'),
    demoActor(db, 'uh'),
    demoActor(db, 'koordinatorHarstad'),
    demoActor(db, 'saksbehandler'),
  ]);
});
afterAll(() => database.close());

const start = (actor: Actor, subject: string, editors: string[], at: string) =>
  startResponse({ db: database.db, actor, clock: fixedClock(at), input: { questionnaireId: 'kartlegging-demo', subject, editors } });
const subjects = async (actor: Actor) => (await listMyResponses({ db: database.db, actor })).map((r) => r.subject);

describe('Mine skjema', () => {
  it('lists the responses one started or edits, latest change first; nobody else’s, but all to the admin', async () => {
    const db = database.db;
    // The demo seed's response (Ola, Ingrid editor) is older than these.
    const first = await start(ola, 'Først startet', [ingrid.userId!], '2031-05-01T10:00:00.000Z');
    await start(ola, 'Sist startet', [], '2031-05-02T10:00:00.000Z');
    await start(hanne, 'Hannes egen', [], '2031-05-03T10:00:00.000Z');

    expect(await subjects(ola)).toEqual(['Sist startet', 'Først startet', 'Harstad kommune, barnehagene']);
    expect(await subjects(ingrid)).toEqual(['Først startet', 'Harstad kommune, barnehagene']);
    expect(await subjects(hanne)).toEqual(['Hannes egen']);
    expect(await subjects(siri)).toEqual([]);
    expect((await subjects(admin)).sort()).toEqual(['Først startet', 'Harstad kommune, barnehagene', 'Hannes egen', 'Sist startet'].sort());

    // A saved answer is a change: the response moves to the top, with the time of the save.
    await saveResponseField({ db, actor: ingrid, clock: fixedClock('2031-05-04T08:00:00.000Z'), id: first.id, key: 'enhetNavn', input: { value: 'Tromsdalen', baseVersion: 0 } });
    const [top] = await listMyResponses({ db, actor: ola });
    expect(top).toEqual({
      id: first.id,
      questionnaire: { id: 'kartlegging-demo', version: 1, title: expect.objectContaining({ nb: 'Kartlegging av kompetansebehov' }) },
      subject: 'Først startet',
      status: 'draft',
      createdByName: ola.name,
      createdAt: '2031-05-01T10:00:00.000Z',
      lastChangedAt: '2031-05-04T08:00:00.000Z',
    });
  });

  it('shows a submitted response as sent', async () => {
    const db = database.db;
    const { id } = await start(hanne, 'Sendt inn', [], '2031-06-01T10:00:00.000Z');
    for (const [key, value] of Object.entries(COMPLETE_DEMO_ANSWERS))
      await saveResponseField({ db, actor: hanne, clock: fixedClock('2031-06-01T10:05:00.000Z'), id, key, input: { value, baseVersion: 0 } });
    await submitResponse({ db, actor: hanne, clock: fixedClock('2031-06-02T09:00:00.000Z'), id });
    const row = (await listMyResponses({ db, actor: hanne })).find((r) => r.id === id);
    expect(row).toMatchObject({ status: 'submitted', lastChangedAt: '2031-06-02T09:00:00.000Z' });

    // …and its Word document has the questions and answers, as the PDF.
    const docx = await exportResponse({ db, actor: hanne, clock: fixedClock('2031-06-03T00:00:00.000Z'), id, format: 'docx' });
    expect(docx.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.filename).toBe('Kartlegging av kompetansebehov - Sendt inn.docx');
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(docx.data))['word/document.xml']);
    for (const text of ['Kartlegging av kompetansebehov', 'Navn på barnehagen, skolen eller enheten', 'Tromsdalen barnehage', 'Språkkurs for alle', '20.11.2024'])
      expect(xml, text).toContain(text);
    expect((await appError(exportResponse({ db, actor: ola, clock: fixedClock('2031-06-03T00:00:00.000Z'), id, format: 'docx' }))).status).toBe(404);
  });
});

describe('whom a starter may name as editors', () => {
  it('are the users among the people the starter may see, without the starter; names and organisations only', async () => {
    const db = database.db;
    const bySiri = await listEditorCandidates({ db, actor: siri });
    expect(bySiri.length).toBeGreaterThan(0);
    expect(bySiri.map((c) => c.userId)).toContain(ola.userId);
    expect(bySiri.map((c) => c.userId)).not.toContain(siri.userId);
    for (const c of bySiri) expect(Object.keys(c).sort()).toEqual(['name', 'organisationName', 'userId']);
    // Everyone the admin may see is every user but the admin.
    const all = await db.select({ id: appUser.id }).from(appUser).where(eq(appUser.disabled, false));
    expect((await listEditorCandidates({ db, actor: admin })).map((c) => c.userId).sort()).toEqual(all.map((u) => u.id).filter((id) => id !== admin.userId).sort());
    // A coordinator sees only their own organisation's people: Ingrid (at UiT) is not among Ola's.
    expect((await listEditorCandidates({ db, actor: ola })).map((c) => c.userId)).not.toContain(ingrid.userId);
  });

  it('are checked again at the start: a disabled user is refused with a Norwegian message at the field', async () => {
    const db = database.db;
    const [disabled] = await db.update(appUser).set({ disabled: true }).where(eq(appUser.id, hanne.userId!)).returning();
    try {
      const error = await appError(start(siri, 'Med deaktivert', [ola.userId!, disabled!.id], '2031-07-01T10:00:00.000Z'));
      expect(error.status).toBe(400);
      expect(error.fieldErrors).toEqual([{ field: 'editors.1', message: `Fant ingen aktiv bruker med id «${disabled!.id}»` }]);
      expect((await listEditorCandidates({ db, actor: siri })).map((c) => c.userId)).not.toContain(disabled!.id);
    } finally {
      await db.update(appUser).set({ disabled: false }).where(eq(appUser.id, hanne.userId!));
    }
  });
});
