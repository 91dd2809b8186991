import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../domain/shared/app-error.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getScheme } from './get-scheme.ts';
import { listSchemes } from './list-schemes.ts';
import { updateScheme } from './update-scheme.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function dekompForm() {
  const s = await getScheme({ db: database.db, clock: systemClock, actor: await demoActor(database.db, 'admin'), id: 'dekomp' });
  return { name: s.name, shortName: s.shortName, description: s.description, active: s.active, rules: s.rules, expectedVersion: s.version };
}

async function asAdmin(input: unknown) {
  return updateScheme({ db: database.db, clock: systemClock, actor: await demoActor(database.db, 'admin'), id: 'dekomp', input });
}

describe('scheme rules are configuration', () => {
  it('an admin changes the owner co-funding of Dekomp; one audit row', async () => {
    const form = await dekompForm();
    const audits = await auditCount(database.db);
    const updated = await asAdmin({ ...form, rules: { ...form.rules, ownerCofundingPercent: 25 } });
    expect(updated.rules.ownerCofundingPercent).toBe(25);
    expect(updated.version).toBe(form.expectedVersion + 1);
    expect(await auditCount(database.db)).toBe(audits + 1);
  });

  it("Dekomp funds no individual further education; a scheme stored before that rule existed shows it as off", async () => {
    expect((await dekompForm()).rules.noIndividualEducation).toBe(true);
    await database.db.execute(sql`update scheme set rules = rules - 'noIndividualEducation' where id = 'rekomp'`);
    const rekomp = await getScheme({ db: database.db, clock: systemClock, actor: await demoActor(database.db, 'admin'), id: 'rekomp' });
    expect(rekomp.rules.noIndividualEducation).toBe(false);
    // An admin's save that leaves the rule out (a client from before it) stores it as off.
    const { noIndividualEducation: _left, ...rules } = rekomp.rules;
    const saved = await updateScheme({
      db: database.db,
      clock: systemClock,
      actor: await demoActor(database.db, 'admin'),
      id: 'rekomp',
      input: { name: rekomp.name, shortName: rekomp.shortName, description: rekomp.description, active: rekomp.active, rules, expectedVersion: rekomp.version },
    });
    expect(saved.rules.noIndividualEducation).toBe(false);
  });

  it('refuses a saksbehandler, and writes nothing', async () => {
    const form = await dekompForm();
    const audits = await auditCount(database.db);
    const error: AppError = await updateScheme({
      db: database.db,
      clock: systemClock,
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
    const error: AppError = await asAdmin({ ...form, rules: { ...form.rules, maxCommitmentYears: 5, ownerCofundingPercent: 130 } }).catch((e) => e);
    expect(error.fieldErrors).toEqual([
      { field: 'rules.maxCommitmentYears', message: 'Lengste tilsagnsperiode kan ikke være mer enn 3 år' },
      { field: 'rules.ownerCofundingPercent', message: 'Egenfinansiering kan ikke være mer enn 100 prosent' },
    ]);
  });

  it('refuses a save based on an old version (someone else saved in between), writing nothing', async () => {
    const form = await dekompForm();
    await asAdmin({ ...form, active: false });
    const audits = await auditCount(database.db);
    const error: AppError = await asAdmin({ ...form, active: true }).catch((e) => e);
    expect(error.code).toBe('CONFLICT');
    expect((await dekompForm()).active).toBe(false);
    expect(await auditCount(database.db)).toBe(audits);
  });
});

describe('scheme name and description are content, with a text per language', () => {
  it('are seeded in Bokmål and Nynorsk, with English where it is known', async () => {
    const schemes = await listSchemes({ db: database.db, clock: systemClock, actor: await demoActor(database.db, 'uh') });
    for (const s of schemes) {
      expect(s.name.nb, s.id).toBeTruthy();
      expect(s.name.nn, s.id).toBeTruthy();
      expect(s.description?.nn, s.id).toBeTruthy();
    }
    expect(schemes.find((s) => s.id === 'dekomp')?.name).toEqual({
      nb: 'Desentralisert ordning for kompetanseutvikling i skolen',
      nn: 'Desentralisert ordning for kompetanseutvikling i skulen',
      en: 'Decentralised scheme for competence development in schools',
      se: 'Desentraliserejuvvon ortnet skuvlla gelbbolašvuođa ovddideapmái',
    });
  });

  it('requires the name in Bokmål, naming the field, and writes nothing', async () => {
    const form = await dekompForm();
    const audits = await auditCount(database.db);
    const error: AppError = await asAdmin({ ...form, name: { nb: '  ', nn: 'Berre nynorsk' } }).catch((e) => e);
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual([{ field: 'name.nb', message: 'Navn må ha tekst på bokmål' }]);
    const noDescriptionInBokmal: AppError = await asAdmin({ ...form, description: { nn: 'Berre nynorsk' } }).catch((e) => e);
    expect(noDescriptionInBokmal.fieldErrors).toEqual([{ field: 'description.nb', message: 'Beskrivelse må ha tekst på bokmål' }]);
    expect(await auditCount(database.db)).toBe(audits);
  });

  it('drops empty translations and stores an all-empty description as none; one audit row per save', async () => {
    const form = await dekompForm();
    const audits = await auditCount(database.db);
    const updated = await asAdmin({ ...form, name: { nb: ' Dekomp i skolen ', nn: 'Dekomp i skulen', se: '', en: '   ' }, description: { nb: '', nn: '' } });
    expect(updated.name).toEqual({ nb: 'Dekomp i skolen', nn: 'Dekomp i skulen' });
    expect(updated.description).toBeNull();
    expect(await auditCount(database.db)).toBe(audits + 1);
    expect((await dekompForm()).name).toEqual({ nb: 'Dekomp i skolen', nn: 'Dekomp i skulen' });
  });
});
