// The questionnaire engine's use cases on a real database (PGlite, or PostgreSQL with DATABASE_URL): the demo survey
// published as data; a co-edited response (two editors, conflicts with both values, changes since a cursor, a frozen
// submission after which nothing more is saved, its PDF); and a one-shot anonymous answer (one row, no user, session,
// IP or instant, the day only, no audit row; invalid answers refused with nothing written).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { readReferenceJson } from '../../db/reference-files.ts';
import {
  auditLog,
  questionnaireAnonymousAnswer,
  questionnaireField,
  questionnaireFieldChange,
  questionnaireResponse,
  questionnaireSubmission,
} from '../../db/schema/index.ts';
import { compact, pdfPages } from '../../documents/blocks/test-pdf-text.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { TCatalogueInput } from '../../domain/questionnaire/catalogue.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { renderIn } from '../../domain/shared/message-catalogs.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { exportResponse } from './export-response.ts';
import { getResponse } from './get-response.ts';
import { listResponseChanges } from './list-response-changes.ts';
import { listResponseHistory } from './list-response-history.ts';
import { publishQuestionnaire } from './publish-questionnaire.ts';
import { saveResponseField } from './save-response-field.ts';
import { startResponse } from './start-response.ts';
import { submitAnonymousAnswer } from './submit-anonymous-answer.ts';
import { submitResponse } from './submit-response.ts';
import { COMPLETE_DEMO_ANSWERS } from '../../test/questionnaire-fixture.ts';

const DEMO = readReferenceJson<TCatalogueInput>('questionnaires/kartlegging-demo.json');
const ANONYMOUS: TCatalogueInput = { ...DEMO, id: 'kartlegging-anonym', storage: 'anonymous' };
// 22:30 UTC on 17 May is 00:30 on 18 May in Oslo (summer time): the day an anonymous answer keeps is Oslo's.
const clock = fixedClock('2031-05-17T22:30:00.000Z');

let database: TestDatabase;
let admin: Actor;
let ola: Actor;
let ingrid: Actor;
let hanne: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  [admin, ola, ingrid, hanne] = await Promise.all([demoActor(db, 'admin'), demoActor(db, 'koordinator'), demoActor(db, 'uh'), demoActor(db, 'koordinatorHarstad')]);
  // The demo seed publishes both (src/seed/demo-questionnaire.ts).
  expect(ANONYMOUS.storage).toBe('anonymous');
});
afterAll(() => database.close());

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const countOf = async (table: Parameters<ReturnType<TestDatabase['db']['select']>['from']>[0]) =>
  (await database.db.select({ n: count() }).from(table))[0]!.n;
const counts = async () => ({
  fields: await countOf(questionnaireField),
  changes: await countOf(questionnaireFieldChange),
  submissions: await countOf(questionnaireSubmission),
  anonymous: await countOf(questionnaireAnonymousAnswer),
  audit: await auditCount(database.db),
});

/** A response by Ola with Ingrid as editor. */
async function started(subject = 'Tromsø kommune, barnehagene') {
  const db = database.db;
  return startResponse({ db, actor: ola, clock, input: { questionnaireId: 'kartlegging-demo', subject, editors: [ingrid.userId] } });
}

const save = (actor: Actor, id: string, key: string, value: unknown, baseVersion: number) =>
  saveResponseField({ db: database.db, actor, clock, id, key, input: { value, baseVersion } });

const COMPLETE = COMPLETE_DEMO_ANSWERS;

describe('publishing a catalogue', () => {
  it('is the admin’s; a version is published once, and an invalid catalogue is refused with nothing written', async () => {
    const db = database.db;
    expect((await caught(publishQuestionnaire({ db, actor: ola, clock, input: { ...DEMO, version: 2 } }))).status).toBe(403);
    const again = await caught(publishQuestionnaire({ db, actor: admin, clock, input: DEMO }));
    expect(again.status).toBe(409);
    expect(again.userMessage).toBe('Versjon 1 av skjemaet «kartlegging-demo» finnes allerede. Gi skjemaet en ny versjon.');
    const before = await counts();
    const broken = structuredClone({ ...DEMO, version: 3 });
    broken.sections[1]!.questions[3]!.key = 'enhetNavn';
    const invalid = await caught(publishQuestionnaire({ db, actor: admin, clock, input: broken }));
    expect(invalid.status).toBe(400);
    expect(invalid.fieldErrors).toEqual([{ field: 'sections.1.questions.3.key', message: 'Nøkkelen «enhetNavn» er allerede brukt i skjemaet' }]);
    expect(await counts()).toEqual(before);
  });
});

describe('a co-edited response', () => {
  it('is started by a user with the editors they name; unknown editors and anonymous questionnaires are refused', async () => {
    const db = database.db;
    const response = await started();
    expect(response).toMatchObject({ questionnaireId: 'kartlegging-demo', questionnaireVersion: 1, status: 'draft' });
    const view = await getResponse({ db, actor: ingrid, clock, id: response.id });
    expect(view.editorUserIds).toEqual([ingrid.userId]);
    expect(view.allowed).toEqual(['read', 'edit', 'submit', 'export']);
    expect(view.validation.sections.map((s) => s.status)).toEqual(['not-started', 'not-started', 'not-started']);

    const unknown = await caught(startResponse({ db, actor: ola, clock, input: { questionnaireId: 'kartlegging-demo', subject: 'X', editors: ['00000000-0000-4000-8000-000000000000'] } }));
    expect(unknown.status).toBe(400);
    expect(unknown.fieldErrors[0]).toEqual({ field: 'editors.0', message: 'Fant ingen aktiv bruker med id «00000000-0000-4000-8000-000000000000»' });
    const anonymous = await caught(startResponse({ db, actor: ola, clock, input: { questionnaireId: 'kartlegging-anonym', subject: 'X' } }));
    expect(anonymous.status).toBe(409);
    expect((await caught(startResponse({ db, actor: ola, clock, input: { questionnaireId: 'finnes-ikke', subject: 'X' } }))).status).toBe(404);
  });

  it('belongs to its creator and editors: anyone else is told it does not exist', async () => {
    const db = database.db;
    const { id } = await started();
    expect((await caught(getResponse({ db, actor: hanne, clock, id }))).status).toBe(404);
    expect((await caught(save(hanne, id, 'enhetNavn', 'Kapret', 0))).status).toBe(404);
    expect((await caught(getResponse({ db, actor: ola, clock, id: 'ikke-en-uuid' }))).status).toBe(404);
    expect((await getResponse({ db, actor: admin, clock, id })).id).toBe(id);
  });

  it('lets two editors save different answers side by side without a conflict, each audited', async () => {
    const { id } = await started();
    const auditBefore = await auditCount(database.db);
    const [a, b] = await Promise.all([save(ola, id, 'enhetNavn', 'Tromsdalen barnehage', 0), save(ingrid, id, 'antallAnsatte', 24, 0)]);
    expect(a).toMatchObject({ key: 'enhetNavn', version: 1, updatedByName: ola.name });
    expect(b).toMatchObject({ key: 'antallAnsatte', version: 1, updatedByName: ingrid.name });
    const second = await save(ingrid, id, 'enhetNavn', 'Tromsdalen barnehage AS', 1);
    expect(second.version).toBe(2);
    expect(await auditCount(database.db)).toBe(auditBefore + 3);
    const view = await getResponse({ db: database.db, actor: ola, clock, id });
    expect(view.fields['enhetNavn']).toMatchObject({ value: 'Tromsdalen barnehage AS', version: 2, updatedByName: ingrid.name });
    expect(view.validation.sections.find((s) => s.id === 'enhet')?.status).toBe('in-progress');
  });

  it('refuses a save from a stale version with 409 and both values in details, writing nothing', async () => {
    const { id } = await started();
    await save(ola, id, 'behovBeskrivelse', 'Ola skrev først', 0);
    const before = await counts();
    const conflict = await caught(save(ingrid, id, 'behovBeskrivelse', 'Ingrid skrev samtidig', 0));
    expect(conflict.status).toBe(409);
    expect(conflict.userMessage).toBe(`Svaret ble endret av ${ola.name} mens du skrev. Velg hvilken versjon som skal gjelde.`);
    expect(conflict.details).toEqual({
      key: 'behovBeskrivelse',
      yours: 'Ingrid skrev samtidig',
      theirs: { value: 'Ola skrev først', version: 1, updatedByName: ola.name, updatedAt: clock.now().toISOString() },
    });
    expect(await counts()).toEqual(before);
    // From the version the conflict showed, her save goes through.
    expect((await save(ingrid, id, 'behovBeskrivelse', 'Ingrid skrev samtidig', 1)).version).toBe(2);
  });

  it('lets exactly one of two concurrent saves from the same version win', async () => {
    const { id } = await started();
    const results = await Promise.allSettled([save(ola, id, 'kontaktperson', 'Ola', 0), save(ingrid, id, 'kontaktperson', 'Ingrid', 0)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((loser.reason as AppError).status).toBe(409);
  });

  it('refuses answers of the wrong shape (400) and keys the catalogue does not have (404)', async () => {
    const { id } = await started();
    const before = await counts();
    const long = await caught(save(ola, id, 'enhetNavn', 'x'.repeat(201), 0));
    expect(long.status).toBe(400);
    expect(long.fieldErrors).toEqual([{ field: 'enhetNavn', message: 'Svaret kan ikke være lengre enn 200 tegn' }]);
    const cell = await caught(save(ola, id, 'onskedeTiltak', [{ tiltak: 'Kurs', deltakere: 'mange' }], 0));
    expect(cell.fieldErrors).toEqual([{ field: 'onskedeTiltak.0.deltakere', message: 'Rad 1: Svaret må være et tall' }]);
    expect((await caught(save(ola, id, 'finnesIkke', 'x', 0))).status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('gives the changes since a cursor: only answers saved after it, and the cursor to ask from next', async () => {
    const db = database.db;
    const { id } = await started();
    const first = await save(ola, id, 'enhetNavn', 'Tromsdalen barnehage', 0);
    const all = await listResponseChanges({ db, actor: ingrid, clock, id, since: 0 });
    expect(all.changes.map((c) => c.key)).toEqual(['enhetNavn']);
    expect(all.changeCursor).toBe(first.changeCursor);

    await save(ingrid, id, 'harPlan', false, 0);
    await save(ingrid, id, 'omrader', ['ledelse'], 0);
    const since = await listResponseChanges({ db, actor: ola, clock, id, since: first.changeCursor });
    expect(since.changes).toEqual([
      { key: 'harPlan', value: false, version: 1, updatedByName: ingrid.name, updatedAt: clock.now().toISOString() },
      { key: 'omrader', value: ['ledelse'], version: 1, updatedByName: ingrid.name, updatedAt: clock.now().toISOString() },
    ]);
    expect(since.changeCursor).toBeGreaterThan(first.changeCursor);
    expect((await listResponseChanges({ db, actor: ola, clock, id, since: since.changeCursor })).changes).toEqual([]);
    expect((await listResponseChanges({ db, actor: ola, clock, id, since: 'tull' })).changes).toHaveLength(3);

    const history = await listResponseHistory({ db, actor: ola, clock, id });
    expect(history.map((h) => [h.key, h.byName])).toEqual([
      ['omrader', ingrid.name],
      ['harPlan', ingrid.name],
      ['enhetNavn', ola.name],
    ]);
  });

  it('submits only without errors, freezes catalogue version and answers, and refuses every save after', async () => {
    const db = database.db;
    const { id } = await started('Tromsdalen barnehage');
    await save(ola, id, 'enhetNavn', COMPLETE.enhetNavn, 0);
    const incomplete = await caught(submitResponse({ db, actor: ingrid, clock, id }));
    expect(incomplete.status).toBe(400);
    expect(incomplete.fieldErrors.map((e) => e.field)).toEqual(['enhetType', 'antallAnsatte', 'omrader', 'harPlan', 'behovBeskrivelse', 'onskedeTiltak']);
    expect(incomplete.userMessage).toBe('Besvarelsen har 6 feil som må rettes før den kan sendes inn');

    for (const [key, value] of Object.entries(COMPLETE)) if (key !== 'enhetNavn') await save(key.startsWith('o') ? ingrid : ola, id, key, value, 0);
    // An answer to a question that does not apply (the unit is a kindergarten) is kept as a draft but not sent.
    await save(ola, id, 'enhetTypeAnnet', 'Skal ikke med', 0);
    const ready = await getResponse({ db, actor: ola, clock, id });
    expect(ready.validation.canSubmit).toBe(true);
    expect(ready.validation.sections.map((s) => s.status)).toEqual(['complete', 'complete', 'complete']);

    const auditBefore = await auditCount(db);
    const submitted = await submitResponse({ db, actor: ingrid, clock, id });
    expect(submitted).toEqual({ id, status: 'submitted', submittedAt: clock.now().toISOString() });
    expect(await auditCount(db)).toBe(auditBefore + 1);

    const [row] = await db.select().from(questionnaireSubmission).where(eq(questionnaireSubmission.responseId, id));
    expect(row).toMatchObject({ questionnaireId: 'kartlegging-demo', questionnaireVersion: 1, submittedByName: ingrid.name });
    expect(row!.snapshot).toEqual({
      format: 'kompetanseloft.questionnaire/1',
      questionnaireId: 'kartlegging-demo',
      questionnaireVersion: 1,
      subject: 'Tromsdalen barnehage',
      answers: { ...COMPLETE, onskedeTiltak: [{ tiltak: 'Språkkurs for alle', malgruppe: 'alle', deltakere: 24, oppstart: '2025-08-15' }] },
      submittedOn: '2031-05-18',
      submittedAt: clock.now().toISOString(),
      submittedByName: ingrid.name,
    });
    const [response] = await db.select().from(questionnaireResponse).where(eq(questionnaireResponse.id, id));
    expect(response?.status).toBe('submitted');

    const before = await counts();
    const late = await caught(save(ola, id, 'merknader', 'For sent', 0));
    expect(late.status).toBe(409);
    expect(late.userMessage).toBe('Besvarelsen er sendt inn og kan ikke endres');
    expect((await caught(submitResponse({ db, actor: ola, clock, id }))).status).toBe(409);
    expect(await counts()).toEqual(before);
    // The frozen row cannot be changed, even by SQL.
    await expect(db.update(questionnaireSubmission).set({ submittedByName: 'Noen andre' }).where(eq(questionnaireSubmission.responseId, id))).rejects.toThrow();

    // Its PDF shows the questions and answers that applied, in the reader's language.
    const pdf = await exportResponse({ db, actor: ola, clock, id });
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.filename).toBe('Kartlegging av kompetansebehov - Tromsdalen barnehage.pdf');
    const text = compact((await pdfPages(pdf.data)).join(' '));
    for (const phrase of [
      'Kartlegging av kompetansebehov',
      'Navn på barnehagen, skolen eller enheten',
      'Tromsdalen barnehage',
      'Hvor mange ansatte har enheten?',
      '24',
      '☒ Barnehage',
      '☐ Grunnskole',
      '☒ Inkludering og mangfold',
      'Når ble planen vedtatt?',
      '20.11.2024',
      'Flere barn trenger tett oppfølging i språk.',
      'Språkkurs for alle',
      'Alle ansatte',
      '15.08.2025',
      'Kontaktperson for oppfølging',
      'Ikke besvart',
      `Sendt inn av ${ingrid.name}`,
    ])
      expect(text, phrase).toContain(compact(phrase));
    expect(text).not.toContain(compact('Skal ikke med'));
    const nynorsk = compact((await pdfPages((await exportResponse({ db, actor: ola, clock, id, language: 'nn' })).data)).join(' '));
    expect(nynorsk).toContain(compact('Kor mange tilsette har eininga?'));
    expect(nynorsk).toContain(compact('Ikkje svart på'));
  });

  it('has no document before it is submitted', async () => {
    const { id } = await started();
    const error = await caught(exportResponse({ db: database.db, actor: ola, clock, id }));
    expect(error.status).toBe(404);
    expect(error.userMessage).toBe('Besvarelsen er ikke sendt inn ennå');
  });
});

describe('a one-shot anonymous answer', () => {
  const answer = (answers: Record<string, unknown>) => ({ questionnaireId: 'kartlegging-anonym', questionnaireVersion: 1, answers });

  it('stores one row with the catalogue version, the answers and the day — no user, session, IP or time, and no audit row', async () => {
    const db = database.db;
    const before = await counts();
    const receipt = await submitAnonymousAnswer({ db, clock, input: answer({ ...COMPLETE, enhetTypeAnnet: 'Gjelder ikke' }) });
    expect(receipt).toEqual({ questionnaireId: 'kartlegging-anonym', questionnaireVersion: 1, submittedOn: '2031-05-18' });
    expect(await counts()).toEqual({ ...before, anonymous: before.anonymous + 1 });

    const rows = await db.execute(sql`select * from questionnaire_anonymous_answer`);
    const stored = (rows as unknown as { rows: Record<string, unknown>[] }).rows;
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0]!).sort()).toEqual(['answers', 'id', 'questionnaire_id', 'questionnaire_version', 'submitted_on']);
    const [row] = await db.select().from(questionnaireAnonymousAnswer);
    expect(row).toMatchObject({ questionnaireId: 'kartlegging-anonym', questionnaireVersion: 1, submittedOn: '2031-05-18' });
    expect(row!.answers).toEqual(COMPLETE);
    expect(JSON.stringify(row)).not.toContain('22:30');

    // The table cannot hold more than that: no column for a user, a session, an address or an instant.
    const columns = await db.execute(sql`select column_name, data_type from information_schema.columns where table_name = 'questionnaire_anonymous_answer' order by column_name`);
    expect((columns as unknown as { rows: { column_name: string; data_type: string }[] }).rows).toEqual([
      { column_name: 'answers', data_type: 'jsonb' },
      { column_name: 'id', data_type: 'uuid' },
      { column_name: 'questionnaire_id', data_type: 'text' },
      { column_name: 'questionnaire_version', data_type: 'integer' },
      { column_name: 'submitted_on', data_type: 'date' },
    ]);
    // Nothing in the audit log names it.
    const audit = await db.select().from(auditLog).where(sql`${auditLog.entityType} like 'questionnaire%' and ${auditLog.entityId} = ${row!.id}`);
    expect(audit).toEqual([]);
  });

  it('refuses invalid answers whole (400, an error at each field) and writes nothing', async () => {
    const db = database.db;
    const before = await counts();
    const error = await caught(
      submitAnonymousAnswer({ db, clock, input: answer({ ...COMPLETE, antallAnsatte: -1, harPlan: 'ja', onskedeTiltak: [{ deltakere: 2 }], ukjent: 'x' }) }),
    );
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual([
      { field: 'ukjent', message: 'Skjemaet har ikke spørsmålet «ukjent»' },
      { field: 'antallAnsatte', message: 'Svaret må være minst 0' },
      { field: 'harPlan', message: 'Svar ja eller nei' },
      { field: 'onskedeTiltak.0.tiltak', message: 'Rad 1: cellen må fylles ut' },
    ]);
    expect(renderIn('en', error.localizable.fieldErrors[1]!.message)).toBe('The answer must be at least 0');
    const missing = await caught(submitAnonymousAnswer({ db, clock, input: answer({}) }));
    expect(missing.fieldErrors.map((e) => e.field)).toEqual(['enhetNavn', 'enhetType', 'antallAnsatte', 'omrader', 'harPlan', 'behovBeskrivelse', 'onskedeTiltak']);
    expect((await caught(submitAnonymousAnswer({ db, clock, input: { questionnaireId: 'kartlegging-anonym', questionnaireVersion: 1, answers: 'alt' } }))).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('is refused for a co-edited questionnaire and an unknown version', async () => {
    const db = database.db;
    const before = await counts();
    expect((await caught(submitAnonymousAnswer({ db, clock, input: { ...answer(COMPLETE), questionnaireId: 'kartlegging-demo' } }))).status).toBe(409);
    expect((await caught(submitAnonymousAnswer({ db, clock, input: { ...answer(COMPLETE), questionnaireVersion: 9 } }))).status).toBe(404);
    expect(await counts()).toEqual(before);
  });
});

it('the demo survey in reference-data is the one published here', () => {
  expect(JSON.parse(fs.readFileSync(new URL('../../../reference-data/questionnaires/kartlegging-demo.json', import.meta.url), 'utf8'))).toEqual(DEMO);
});
