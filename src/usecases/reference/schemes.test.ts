import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../domain/shared/app-error.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getScheme } from './get-scheme.ts';
import { updateScheme } from './update-scheme.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function dekompForm() {
  const s = await getScheme({ db: database.db, actor: await demoActor(database.db, 'admin'), id: 'dekomp' });
  return { name: s.name, shortName: s.shortName, description: s.description, active: s.active, rules: s.rules, expectedVersion: s.version };
}

describe('scheme rules are configuration', () => {
  it('an admin changes the owner co-funding of Dekomp; one audit row', async () => {
    const actor = await demoActor(database.db, 'admin');
    const form = await dekompForm();
    const audits = await auditCount(database.db);
    const updated = await updateScheme({ db: database.db, actor, id: 'dekomp', input: { ...form, rules: { ...form.rules, ownerCofundingPercent: 25 } } });
    expect(updated.rules.ownerCofundingPercent).toBe(25);
    expect(updated.version).toBe(form.expectedVersion + 1);
    expect(await auditCount(database.db)).toBe(audits + 1);
  });

  it('refuses a saksbehandler, and writes nothing', async () => {
    const form = await dekompForm();
    const audits = await auditCount(database.db);
    const error: AppError = await updateScheme({
      db: database.db,
      actor: await demoActor(database.db, 'saksbehandler'),
      id: 'dekomp',
      input: { ...form, active: false },
    }).catch((e) => e);
    expect(error.code).toBe('FORBIDDEN');
    expect((await dekompForm()).active).toBe(true);
    expect(await auditCount(database.db)).toBe(audits);
  });

  it('checks the rules with ZSchemeRules, in Norwegian', async () => {
    const form = await dekompForm();
    const error: AppError = await updateScheme({
      db: database.db,
      actor: await demoActor(database.db, 'admin'),
      id: 'dekomp',
      input: { ...form, rules: { ...form.rules, maxCommitmentYears: 5, ownerCofundingPercent: 130 } },
    }).catch((e) => e);
    expect(error.fieldErrors).toEqual([
      { field: 'rules.maxCommitmentYears', message: 'Lengste tilsagnsperiode kan ikke være mer enn 3 år' },
      { field: 'rules.ownerCofundingPercent', message: 'Egenfinansiering kan ikke være mer enn 100 prosent' },
    ]);
  });
});
