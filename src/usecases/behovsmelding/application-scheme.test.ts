// Issue 8, finding 7(c): an application is made only in a round of the partnership's scheme; a partnership with no
// scheme may apply in any scheme of its office. (The office was checked already; the scheme was not.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { behovsmelding } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { duringRound, openRound } from '../../test/behovsmelding-fixture.ts';
import { auditCount, partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { appError, demoOrgIds, partnershipForm } from '../../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { createPartnership } from '../org/create-partnership.ts';
import { createApplication } from './create-application.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const applicationsOf = async (partnershipId: string) =>
  (await database.db.select({ n: count() }).from(behovsmelding).where(eq(behovsmelding.partnershipId, partnershipId)))[0]!.n;

describe('Finding 7(c): the round must be of the partnership’s scheme', () => {
  it('Finding 7(c): a Kompetanseløftet partnership cannot start a behovsmelding in a Dekomp round of its office', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const ola = await demoActor(db, 'koordinator');
    const dekomp = await openRound(db, siri, 2075, { schemeId: 'dekomp' });
    const p = await partnershipByName(db, SOR_TROMS);
    const before = { apps: await applicationsOf(p.id), audit: await auditCount(db) };
    const refused = await appError(createApplication({ db, actor: ola, clock: duringRound(2075), input: { roundId: dekomp.id, partnershipId: p.id } }));
    expect(refused.status).toBe(400);
    expect(refused.fieldErrors).toEqual([
      {
        field: 'roundId',
        message: 'Utlysningen gjelder Desentralisert ordning for kompetanseutvikling i skolen, men partnerskapet hører til Kompetanseløftet for spesialpedagogikk og inkluderende praksis',
      },
    ]);
    expect({ apps: await applicationsOf(p.id), audit: await auditCount(db) }).toEqual(before);

    // The round of its own scheme is fine.
    const own = await openRound(db, siri, 2075);
    const created = await createApplication({ db, actor: ola, clock: duringRound(2075), input: { roundId: own.id, partnershipId: p.id } });
    expect(created.round.schemeId).toBe('kompetanseloftet');
  });

  it('Finding 7(c): a partnership without a scheme may start one in a round of any scheme of its office', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const hanne = await demoActor(db, 'koordinatorHarstad');
    const ids = await demoOrgIds(db);
    const p = await createPartnership({ db, clock: systemClock, actor: siri, input: partnershipForm(ids, { name: 'Uten ordning', schemeId: null }) });
    const round = await openRound(db, siri, 2077, { schemeId: 'rekomp' });
    const created = await createApplication({ db, actor: hanne, clock: duringRound(2077), input: { roundId: round.id, partnershipId: p.id } });
    expect(created.round.schemeId).toBe('rekomp');
    // …but still only of its own office.
    const nora = await demoActor(db, 'saksbehandlerNordland');
    const nordland = await openRound(db, nora, 2077, { officeId: 'nordland', schemeId: 'rekomp', caseNumbers: [{ countyNumber: '18', caseNumber: '2076/1' }] });
    const refused = await appError(createApplication({ db, actor: hanne, clock: duringRound(2077), input: { roundId: nordland.id, partnershipId: p.id } }));
    expect(refused.fieldErrors.map((e) => e.field)).toEqual(['roundId']);
  });
});
