import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { region, regionMunicipality } from '../../db/schema/index.ts';
import type { AppError } from '../../domain/shared/app-error.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { createRegion } from './create-region.ts';
import { listRegions } from './list-regions.ts';
import { updateRegion } from './update-region.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const sorTroms = async () => (await database.db.select().from(region).where(eq(region.name, 'Sør-Troms')))[0]!;
const numbersOf = async (id: string) =>
  (await database.db.select().from(regionMunicipality).where(eq(regionMunicipality.regionId, id))).map((r) => r.municipalityNumber).sort();

describe('regions', () => {
  it('lists Sør-Troms with Evenes, a Nordland municipality, for any logged-in user', async () => {
    const regions = await listRegions({ db: database.db, clock: systemClock, actor: await demoActor(database.db, 'uh') });
    const sor = regions.find((r) => r.name === 'Sør-Troms');
    expect(sor?.municipalities).toContainEqual({ number: '1853', name: 'Evenes' });
  });

  it('refuses an unknown municipality, naming its place in the list, and changes nothing', async () => {
    const actor = await demoActor(database.db, 'saksbehandler');
    const r = await sorTroms();
    const before = [await numbersOf(r.id), await auditCount(database.db)];
    const error: AppError = await updateRegion({
      db: database.db,
      clock: systemClock,
      actor,
      id: r.id,
      input: { name: r.name, officeId: 'troms-og-finnmark', municipalityNumbers: ['5503', '9999', '1853'], expectedVersion: r.version },
    }).catch((e) => e);
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual([{ field: 'municipalityNumbers.1', message: 'Kommunenummer 9999 finnes ikke i kommuneinndelingen for 2024' }]);
    expect([await numbersOf(r.id), await auditCount(database.db)]).toEqual(before);
  });

  it('the office’s saksbehandler edits the municipalities (one audit row); another office’s may not', async () => {
    const r = await sorTroms();
    const input = { name: r.name, officeId: 'troms-og-finnmark', description: null, municipalityNumbers: ['5503', '5510', '1853'], expectedVersion: r.version };
    const denied: AppError = await updateRegion({ db: database.db, clock: systemClock, actor: await demoActor(database.db, 'saksbehandlerNordland'), id: r.id, input }).catch((e) => e);
    expect(denied.code).toBe('FORBIDDEN');
    const audits = await auditCount(database.db);
    const updated = await updateRegion({ db: database.db, clock: systemClock, actor: await demoActor(database.db, 'saksbehandler'), id: r.id, input });
    expect(updated.municipalities.map((m) => m.number)).toEqual(['1853', '5503', '5510']);
    expect(updated.version).toBe(r.version + 1);
    expect(await auditCount(database.db)).toBe(audits + 1);
  });

  it('creates a region; a second with the same name is a conflict on the name', async () => {
    const actor = await demoActor(database.db, 'saksbehandler');
    const input = { name: 'Vest-Finnmark', officeId: 'troms-og-finnmark', municipalityNumbers: ['5603'] };
    const created = await createRegion({ db: database.db, clock: systemClock, actor, input });
    expect(created.municipalities).toHaveLength(1);
    const again: AppError = await createRegion({ db: database.db, clock: systemClock, actor, input }).catch((e) => e);
    expect(again.code).toBe('CONFLICT');
    expect(again.fieldErrors[0]?.field).toBe('name');
  });
});
