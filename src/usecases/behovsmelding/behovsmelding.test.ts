import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { behovsmelding, behovsmeldingField, behovsmeldingFieldChange, behovsmeldingSubmission, emailOutbox } from '../../db/schema/index.ts';
import { findField } from '../../db/behovsmelding-field-repository.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { demoActor } from '../../test/actors.ts';
import { completeValues, duringRound, fillApplication, openRound, startApplication } from '../../test/behovsmelding-fixture.ts';
import { auditCount, partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { createApplication } from './create-application.ts';
import { getApplication } from './get-application.ts';
import { grantExtension } from './grant-extension.ts';
import { listFieldChanges } from './list-field-changes.ts';
import { listFieldHistory } from './list-field-history.ts';
import { listRoundApplications } from './list-round-applications.ts';
import { returnApplication } from './return-application.ts';
import { saveField } from './save-field.ts';
import { submitApplication } from './submit-application.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
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

const rowCounts = async () => {
  const db = database.db;
  const n = async (t: Parameters<typeof db.select>[0] extends never ? never : typeof behovsmeldingField | typeof behovsmeldingFieldChange | typeof behovsmeldingSubmission | typeof emailOutbox) =>
    (await db.select({ n: count() }).from(t))[0]!.n;
  return { fields: await n(behovsmeldingField), changes: await n(behovsmeldingFieldChange), submissions: await n(behovsmeldingSubmission), emails: await n(emailOutbox), audit: await auditCount(db) };
};

async function setup(year: number) {
  const db = database.db;
  const staff = await demoActor(db, 'saksbehandler');
  const ola = await demoActor(db, 'koordinator');
  const ingrid = await demoActor(db, 'uh');
  const round = await openRound(db, staff, year);
  const p = await partnershipByName(db, SOR_TROMS);
  const app = await startApplication(db, ola, { roundId: round.id, partnershipId: p.id, year });
  return { db, staff, ola, ingrid, round, app, clock: duringRound(year) };
}

describe('co-editing the fields of a behovsmelding', () => {
  it('two editors save different fields; both survive; a same-field race is a conflict carrying both values', async () => {
    const { db, ola, ingrid, app, clock } = await setup(2031);
    const a = await saveField({ db, actor: ola, clock, id: app.id, key: 's1.tema', input: { value: 'Tema fra Ola', baseVersion: 0 } });
    const b = await saveField({ db, actor: ingrid, clock, id: app.id, key: 's2.ppt', input: { value: 'PPT fra Ingrid', baseVersion: 0 } });
    expect([a.version, b.version]).toEqual([1, 1]);

    // Both start from version 1 of 1.1; Ingrid saves first, Ola's save meets the conflict.
    await saveField({ db, actor: ingrid, clock, id: app.id, key: 's1.tema', input: { value: 'Tema fra Ingrid', baseVersion: 1 } });
    const before = await rowCounts();
    const conflict = await caught(saveField({ db, actor: ola, clock, id: app.id, key: 's1.tema', input: { value: 'Tema fra Ola, endret', baseVersion: 1 } }));
    expect(conflict.status).toBe(409);
    expect(conflict.userMessage).toContain('Ingrid Bakke');
    expect(conflict.details).toMatchObject({ key: 's1.tema', yours: 'Tema fra Ola, endret', theirs: { value: 'Tema fra Ingrid', version: 2, updatedByName: 'Ingrid Bakke' } });
    expect(await rowCounts()).toEqual(before);

    // Ola chooses his own: saves again on top of Ingrid's version.
    await saveField({ db, actor: ola, clock, id: app.id, key: 's1.tema', input: { value: 'Tema fra Ola, endret', baseVersion: 2 } });
    const view = await getApplication({ db, actor: ingrid, clock, id: app.id });
    expect(view.fields['s1.tema']).toMatchObject({ value: 'Tema fra Ola, endret', version: 3, updatedByName: 'Ola Strand' });
    expect(view.fields['s2.ppt']).toMatchObject({ value: 'PPT fra Ingrid' });

    const history = await listFieldHistory({ db, actor: ola, clock, id: app.id, key: 's1.tema' });
    expect(history.map((h) => [h.version, h.byName, h.value])).toEqual([
      [3, 'Ola Strand', 'Tema fra Ola, endret'],
      [2, 'Ingrid Bakke', 'Tema fra Ingrid'],
      [1, 'Ola Strand', 'Tema fra Ola'],
    ]);
    const changes = await listFieldChanges({ db, actor: ingrid, clock, id: app.id, since: b.changeCursor });
    expect(changes.changes.map((c) => c.key)).toEqual(['s1.tema']);
  });

  it('concurrent saves from the same base: exactly one wins', async () => {
    const { db, ola, ingrid, app, clock } = await setup(2033);
    const results = await Promise.allSettled([
      saveField({ db, actor: ola, clock, id: app.id, key: 's1.tema', input: { value: 'A', baseVersion: 0 } }),
      saveField({ db, actor: ingrid, clock, id: app.id, key: 's1.tema', input: { value: 'B', baseVersion: 0 } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).status).toBe(409);
    // Only this field's changes: the application started with the partnership's facts saved (issue 12, point 6).
    const changes = await db.select().from(behovsmeldingFieldChange).where(and(eq(behovsmeldingFieldChange.applicationId, app.id), eq(behovsmeldingFieldChange.key, 's1.tema')));
    expect(changes).toHaveLength(1);
  });

  it('a value of the wrong shape or an unknown field is refused with a Norwegian message; nothing is written', async () => {
    const { db, ola, app, clock } = await setup(2035);
    const before = await rowCounts();
    const wrong = await caught(saveField({ db, actor: ola, clock, id: app.id, key: 's1.omrader', input: { value: ['sport'], baseVersion: 0 } }));
    expect(wrong.status).toBe(400);
    expect(wrong.fieldErrors[0]).toMatchObject({ field: 's1.omrader', message: expect.stringContaining('Ukjent område') });
    const long = await caught(saveField({ db, actor: ola, clock, id: app.id, key: 's2.start', input: { value: 'x'.repeat(201), baseVersion: 0 } }));
    expect(long.fieldErrors[0]!.message).toContain('kan ikke være lengre enn 200 tegn');
    expect((await caught(saveField({ db, actor: ola, clock, id: app.id, key: 's9.nei', input: { value: 'x', baseVersion: 0 } }))).status).toBe(404);
    expect(await rowCounts()).toEqual(before);
  });

  it('another partnership’s coordinator can neither read nor change the application', async () => {
    const { db, app, clock } = await setup(2037);
    const other = await demoActor(db, 'koordinatorNordreisa');
    expect((await caught(getApplication({ db, actor: other, clock, id: app.id }))).status).toBe(404);
    expect((await caught(saveField({ db, actor: other, clock, id: app.id, key: 's1.tema', input: { value: 'x', baseVersion: 0 } }))).status).toBe(404);
    expect((await caught(submitApplication({ db, actor: other, clock, id: app.id }))).status).toBe(404);
    // The office reads it but does not write the applicant's text.
    const staff = await demoActor(db, 'saksbehandler');
    expect((await getApplication({ db, actor: staff, clock, id: app.id })).allowed).not.toContain('edit');
    expect((await caught(saveField({ db, actor: staff, clock, id: app.id, key: 's1.tema', input: { value: 'x', baseVersion: 0 } }))).status).toBe(403);
  });
});

describe('submitting', () => {
  it('refuses with every error at its field, stores nothing, then submits: document number, snapshot, receipt e-mail', async () => {
    const { db, ola, app, clock, round } = await setup(2039);
    const values = completeValues();
    values['s4.lagetIPartnerskap'] = false;
    values['s5.ansvarligEier.kontonr'] = '81091069556';
    await fillApplication(db, ola, app.id, 2039, values);
    const before = await rowCounts();
    const refused = await caught(submitApplication({ db, actor: ola, clock, id: app.id }));
    expect(refused.status).toBe(400);
    expect(refused.fieldErrors).toEqual([
      { field: 's4.lagetIPartnerskap', message: 'Behovsmeldingen må være laget i partnerskap med eiere og UH før den kan sendes inn' },
      { field: 's5.ansvarligEier.kontonr', message: 'Ansvarlig eier: Kontonummeret er ikke gyldig (kontrollsifferet stemmer ikke)' },
    ]);
    expect(await rowCounts()).toEqual(before);

    await saveField({ db, actor: ola, clock, id: app.id, key: 's4.lagetIPartnerskap', input: { value: true, baseVersion: 1 } });
    // On top of the pre-filled account number and the fill's (issue 12, point 6).
    const kontonr = await findField(db, app.id, 's5.ansvarligEier.kontonr');
    await saveField({ db, actor: ola, clock, id: app.id, key: 's5.ansvarligEier.kontonr', input: { value: '81091069555', baseVersion: kontonr!.version } });
    const result = await submitApplication({ db, actor: ola, clock, id: app.id });
    // Region Sør-Troms is in Troms (55): the Troms case, first document in it.
    expect(result.documentNumber).toBe(`${round.caseNumbers['55']}-1`);
    expect(result.receiptEmailTo).toEqual(['tone.eide@example.org', 'ola.koordinator@example.org']);
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.to, 'tone.eide@example.org'));
    expect(mails.at(-1)!.subject).toBe(`Kvittering: behovsmelding ${result.documentNumber} er mottatt`);

    // Frozen: no more edits; the snapshot cannot be changed even by SQL.
    expect((await caught(saveField({ db, actor: ola, clock, id: app.id, key: 's1.tema', input: { value: 'etterpå', baseVersion: 1 } }))).status).toBe(409);
    await expect(db.update(behovsmeldingSubmission).set({ submittedByName: 'x' })).rejects.toThrow();

    // Returned for correction: editing reopens, history is kept, the next submission is the next document.
    const staff = await demoActor(db, 'saksbehandler');
    expect((await caught(returnApplication({ db, actor: ola, clock, id: app.id, input: { message: 'x' } }))).status).toBe(403);
    const returned = await returnApplication({ db, actor: staff, clock, id: app.id, input: { message: 'Rett budsjettet for UH.' } });
    expect(returned).toMatchObject({ status: 'returnert', returnMessage: 'Rett budsjettet for UH.' });
    expect(returned.allowed).not.toContain('edit');
    await saveField({ db, actor: ola, clock, id: app.id, key: 's1.tema', input: { value: 'Rettet tema', baseVersion: 1 } });
    const again = await submitApplication({ db, actor: ola, clock, id: app.id });
    expect(again).toMatchObject({ sequence: 2, documentNumber: `${round.caseNumbers['55']}-2` });
    const list = await listRoundApplications({ db, actor: staff, clock, roundId: round.id, filter: {} });
    expect(list.applications).toMatchObject([{ status: 'sendt', returned: true, ownerKr: 100_000, uhKr: 50_000, totalKr: 150_000 }]);
    expect(list.sums).toMatchObject({ totalKr: 150_000, budgetFrameKr: 10_000_000, remainingKr: 9_850_000 });
  });

  it('the deadline: 23:59:59 Oslo time is on time, 00:00:00 is late unless the office grants an extension', async () => {
    const { db, ola, staff, app } = await setup(2041);
    await fillApplication(db, ola, app.id, 2041);
    const late = await caught(submitApplication({ db, actor: ola, clock: fixedClock('2040-12-01T23:00:00Z'), id: app.id }));
    expect(late.status).toBe(409);
    expect(late.userMessage).toBe('Fristen gikk ut 01.12.2040 kl. 23:59. Be saksbehandler om utsatt frist.');
    expect(await db.select().from(behovsmeldingSubmission).where(eq(behovsmeldingSubmission.applicationId, app.id))).toHaveLength(0);

    const p = await partnershipByName(db, SOR_TROMS);
    await grantExtension({ db, actor: staff, clock: fixedClock('2040-12-02T09:00:00Z'), roundId: app.round.id, input: { partnershipId: p.id, untilLocal: '2040-12-08T12:00:00', reason: 'Sykdom i prosjektgruppa' } });
    const ok = await submitApplication({ db, actor: ola, clock: fixedClock('2040-12-08T10:59:59Z'), id: app.id });
    const [row] = await db.select().from(behovsmelding).where(eq(behovsmelding.id, app.id));
    expect(row).toMatchObject({ status: 'sendt', onExtension: true, documentNumber: ok.documentNumber });
  });

  it('a deadline on the day summer time ends (26 October 2042, UTC+2 → UTC+1 at 03:00): 23:59:59 on time, 00:00:00 late', async () => {
    const db = database.db;
    const staff = await demoActor(db, 'saksbehandler');
    const ola = await demoActor(db, 'koordinator');
    const round = await openRound(db, staff, 2043, { opensAtLocal: '2042-09-01T08:00:00', deadlineLocal: '2042-10-26T23:59:59' });
    const p = await partnershipByName(db, SOR_TROMS);
    const early = fixedClock('2042-10-01T10:00:00Z');
    const app = await createApplication({ db, actor: ola, clock: early, input: { roundId: round.id, partnershipId: p.id } });
    await fillApplication(db, ola, app.id, 2043, completeValues(), early);
    // After the change the evening is UTC+1: 23:59:59 local = 22:59:59Z, midnight = 23:00:00Z (not 22:00Z as in summer).
    const late = await caught(submitApplication({ db, actor: ola, clock: fixedClock('2042-10-26T23:00:00Z'), id: app.id }));
    expect(late.userMessage).toBe('Fristen gikk ut 26.10.2042 kl. 23:59. Be saksbehandler om utsatt frist.');
    const onTime = await submitApplication({ db, actor: ola, clock: fixedClock('2042-10-26T22:59:59Z'), id: app.id });
    expect(onTime.sequence).toBe(1);
  });
});

describe('year 2 and 3 of a multi-year measure', () => {
  it('start pre-filled from the partnership’s application the year before; the confirmation 4.3 must be given anew', async () => {
    const { db, ola, staff, app } = await setup(2045);
    await fillApplication(db, ola, app.id, 2045);
    const round2 = await openRound(db, staff, 2046);
    const p = await partnershipByName(db, SOR_TROMS);
    const next = await startApplication(db, ola, { roundId: round2.id, partnershipId: p.id, year: 2046 });
    expect(next.previousId).toBe(app.id);
    expect(next.fields['s1.tema']).toMatchObject({ value: 'Inkluderende praksis', version: 1, updatedByName: 'Ola Strand' });
    expect(next.fields['parts.hoved.ownerBudget']?.value).toEqual(completeValues()['parts.hoved.ownerBudget']);
    expect(next.fields['s4.lagetIPartnerskap']).toBeUndefined();
    expect(next.validation.issues.filter((i) => i.severity === 'error').map((i) => i.fieldKey)).toEqual(['s4.lagetIPartnerskap']);
  });
});
