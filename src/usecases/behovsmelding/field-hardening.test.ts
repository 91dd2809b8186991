// Issue 8, findings 1 and 6: what one coordinator could store to break a whole round, and keys and texts without
// bounds. Attacker: a coordinator of the partnership (may save its fields). Victims: everyone who reads the
// application or the round (the office, the forum, the other editors).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { behovsmeldingField, behovsmeldingFieldChange } from '../../db/schema/index.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { renderNb } from '../../domain/shared/message-catalogs.ts';
import { demoActor } from '../../test/actors.ts';
import { completeValues, duringRound, fillApplication, openRound, startApplication } from '../../test/behovsmelding-fixture.ts';
import { auditCount, partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { exportApplication } from './export-application.ts';
import { getApplication } from './get-application.ts';
import { listFieldChanges } from './list-field-changes.ts';
import { listRoundApplications } from './list-round-applications.ts';
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

const counts = async () => ({
  fields: (await database.db.select({ n: count() }).from(behovsmeldingField))[0]!.n,
  changes: (await database.db.select({ n: count() }).from(behovsmeldingFieldChange))[0]!.n,
  audit: await auditCount(database.db),
});

/** A budget table whose one line has a detail table, whose one line has a detail table, … `depth` times. */
function nestedBudget(depth: number) {
  let table: Record<string, unknown> = { title: null, lines: [{ kind: 'item', description: 'Bunn', unitPrice: 1, statedAmount: 1, details: null }], statedTotal: null };
  for (let i = 0; i < depth; i++) table = { title: null, lines: [{ kind: 'item', description: `Nivå ${i}`, details: table }], statedTotal: null };
  return table;
}

let year = 2040;
async function setup() {
  const db = database.db;
  year += 2; // not consecutive: a year-2 application would start pre-filled from the year before
  const staff = await demoActor(db, 'saksbehandler');
  const ola = await demoActor(db, 'koordinator');
  const round = await openRound(db, staff, year);
  const p = await partnershipByName(db, SOR_TROMS);
  const app = await startApplication(db, ola, { roundId: round.id, partnershipId: p.id, year });
  await fillApplication(db, ola, app.id, year);
  return { db, staff, ola, round, app, clock: duringRound(year) };
}

describe('Finding 1: one coordinator can make a whole round unreadable', () => {
  it('Finding 1: a budget field nested 600 levels deep is refused at save (400), nothing written', async () => {
    const { db, ola, app, clock } = await setup();
    const before = await counts();
    const error = await caught(saveField({ db, actor: ola, clock, id: app.id, key: 'parts.hoved.ownerBudget', input: { value: nestedBudget(600), baseVersion: 1 } }));
    expect(error.status).toBe(400);
    expect(error.fieldErrors?.[0]).toMatchObject({ field: 'parts.hoved.ownerBudget', message: expect.stringContaining('Budsjett eier') });
    expect(await counts()).toEqual(before);
  });

  it('Finding 1: detail tables nest at most three levels; three are kept', async () => {
    const { db, ola, app, clock } = await setup();
    await saveField({ db, actor: ola, clock, id: app.id, key: 'parts.hoved.ownerBudget', input: { value: nestedBudget(3), baseVersion: 1 } });
    const error = await caught(saveField({ db, actor: ola, clock, id: app.id, key: 'parts.hoved.ownerBudget', input: { value: nestedBudget(4), baseVersion: 2 } }));
    expect(error.status).toBe(400);
    expect(error.userMessage).toContain('nestes');
  });

  it('Finding 1: a stored value that no longer validates is an error at its field; the application, its export and the round list still answer', async () => {
    const { db, staff, ola, round, app, clock } = await setup();
    // As saved before saves were checked: a 600-level budget, never checked under today's catalogue.
    await db
      .update(behovsmeldingField)
      .set({ value: nestedBudget(600), checkedCatalogueVersion: 0, invalidMessage: null })
      .where(eq(behovsmeldingField.key, 'parts.hoved.ownerBudget'));

    for (const actor of [ola, staff]) {
      const view = await getApplication({ db, actor, clock, id: app.id });
      expect(view.fields['parts.hoved.ownerBudget']).toMatchObject({ value: null, version: 1 });
      const issue = view.validation.issues.find((i) => i.fieldKey === 'parts.hoved.ownerBudget' && i.code === 'INVALID');
      expect(renderNb(issue?.message ?? '')).toContain('nestet for dypt');
      expect(view.validation.canSubmit).toBe(false);
    }
    const json = await exportApplication({ db, actor: staff, clock, id: app.id, format: 'json', draft: true });
    expect(JSON.parse(json.data.toString('utf8'))).toBeTruthy();
    const list = await listRoundApplications({ db, actor: staff, clock, roundId: round.id, filter: {} });
    expect(list.applications.find((a) => a.id === app.id)?.errors).toBeGreaterThan(0);
    const changes = await listFieldChanges({ db, actor: ola, clock, id: app.id, since: 0 });
    expect(changes.changes.find((c) => c.key === 'parts.hoved.ownerBudget')?.value).toBeNull();

    // Submitting is refused with the field named; writing a good value over it (its version) mends it.
    const refused = await caught(submitApplication({ db, actor: ola, clock, id: app.id }));
    expect(refused.status).toBe(400);
    expect(refused.fieldErrors?.some((f) => f.field === 'parts.hoved.ownerBudget')).toBe(true);
    await saveField({ db, actor: ola, clock, id: app.id, key: 'parts.hoved.ownerBudget', input: { value: completeValues()['parts.hoved.ownerBudget'], baseVersion: 1 } });
    expect((await getApplication({ db, actor: ola, clock, id: app.id })).validation.canSubmit).toBe(true);
  });
});

describe('Finding 6: unbounded keys and texts', () => {
  it('Finding 6: a field key of a part that does not exist is refused, nothing written', async () => {
    const { db, ola, app, clock } = await setup();
    const before = await counts();
    for (const key of ['parts.finnesikke.ownerBudget', 'parts.x1.grantUse']) {
      const error = await caught(saveField({ db, actor: ola, clock, id: app.id, key, input: { value: null, baseVersion: 0 } }));
      expect(error.status).toBe(400);
      expect(error.userMessage).toContain('delen finnes ikke');
    }
    expect(await counts()).toEqual(before);
  });

  it('Finding 6: fields of a part that was removed are left out of the application', async () => {
    const { db, ola, app, clock } = await setup();
    await saveField({ db, actor: ola, clock, id: app.id, key: 'parts', input: { value: [{ id: 'annen', name: 'Annen', otherOfficeId: null, budgetYear: year }], baseVersion: 1 } });
    const view = await getApplication({ db, actor: ola, clock, id: app.id });
    expect(Object.keys(view.fields).filter((k) => k.startsWith('parts.hoved.'))).toEqual([]);
  });

  it('Finding 6: a link field takes only https: and http: addresses', async () => {
    const { db, ola, app, clock } = await setup();
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>1</script>', 'ftp://example.org/x', '//example.org']) {
      const error = await caught(saveField({ db, actor: ola, clock, id: app.id, key: 's1.kartleggingLenke', input: { value: bad, baseVersion: 0 } }));
      expect(error.status, bad).toBe(400);
      expect(error.userMessage).toContain('https://');
    }
    const ok = await saveField({ db, actor: ola, clock, id: app.id, key: 's1.kartleggingLenke', input: { value: 'https://example.org/kartlegging', baseVersion: 0 } });
    expect(ok.version).toBe(1);
  });

  it('Finding 6: a text one character over its maximum is refused with the maximum the form shows', async () => {
    const { db, ola, app, clock } = await setup();
    const error = await caught(saveField({ db, actor: ola, clock, id: app.id, key: 's4.kontaktTelefon', input: { value: '4'.repeat(31), baseVersion: 1 } }));
    expect(error.status).toBe(400);
    expect(error.userMessage).toContain('30 tegn');
  });
});
