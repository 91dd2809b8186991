import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, organisation } from '../../db/schema/index.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { createOrganisation } from './create-organisation.ts';
import { updateOrganisation } from './update-organisation.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const auditRows = async () => (await database.db.select({ n: count() }).from(auditLog))[0]!.n;

describe('organisations', () => {
  it('a saksbehandler creates a private kindergarten owner; the office follows from the municipality; one audit row', async () => {
    const actor = await demoActor(database.db, 'saksbehandler');
    const before = await auditRows();
    const created = await createOrganisation({
      db: database.db,
      clock: systemClock,
      actor,
      input: { kind: 'privat-barnehageeier', name: 'Fjellrev barnehage AS', municipalityNumber: '5501', orgnr: '', email: 'post@example.org' },
    });
    expect(created.officeId).toBe('troms-og-finnmark');
    expect(created.orgnr).toBeNull();
    expect(await auditRows()).toBe(before + 1);
  });

  it('refuses an unknown municipality with a Norwegian message naming the field, writing nothing', async () => {
    const actor = await demoActor(database.db, 'saksbehandler');
    const before = await auditRows();
    const error = await createOrganisation({ db: database.db, clock: systemClock, actor, input: { kind: 'kommune', name: 'Atlantis kommune', municipalityNumber: '9999' } }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.fieldErrors).toEqual([{ field: 'municipalityNumber', message: 'Kommunenummer 9999 finnes ikke i kommuneinndelingen for 2024' }]);
    expect(await auditRows()).toBe(before);
    const [atlantis] = await database.db.select().from(organisation).where(eq(organisation.name, 'Atlantis kommune'));
    expect(atlantis).toBeUndefined();
  });

  it('an owner coordinator edits their own organisation but not another owner’s', async () => {
    const own = await demoActor(database.db, 'koordinatorNordreisa');
    const [nordreisa] = await database.db.select().from(organisation).where(eq(organisation.name, 'Nordreisa kommune'));
    const [harstad] = await database.db.select().from(organisation).where(eq(organisation.name, 'Harstad kommune'));
    const updated = await updateOrganisation({
      db: database.db,
      clock: systemClock,
      actor: own,
      id: nordreisa!.id,
      input: { kind: 'kommune', name: 'Nordreisa kommune', municipalityNumber: '5544', phone: '77 77 07 00', expectedVersion: nordreisa!.version },
    });
    expect(updated.phone).toBe('77770700');
    expect(updated.version).toBe(nordreisa!.version + 1);
    const denied = await updateOrganisation({
      db: database.db,
      clock: systemClock,
      actor: own,
      id: harstad!.id,
      input: { kind: 'kommune', name: 'Overtatt', municipalityNumber: '5503', expectedVersion: harstad!.version },
    }).catch((e) => e);
    expect(denied.code).toBe('FORBIDDEN');
  });

  it('a stale version is a conflict, not a silent overwrite', async () => {
    const actor = await demoActor(database.db, 'admin');
    const [org] = await database.db.select().from(organisation).where(eq(organisation.name, 'Kvæfjord kommune'));
    const input = { kind: 'kommune', name: 'Kvæfjord kommune', municipalityNumber: '5510' };
    await updateOrganisation({ db: database.db, clock: systemClock, actor, id: org!.id, input: { ...input, expectedVersion: org!.version } });
    const conflict = await updateOrganisation({ db: database.db, clock: systemClock, actor, id: org!.id, input: { ...input, expectedVersion: org!.version } }).catch((e) => e);
    expect(conflict.code).toBe('CONFLICT');
  });
});
