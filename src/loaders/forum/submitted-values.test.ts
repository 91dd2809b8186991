// The forum weighs what a partnership SENT: the allocation screen and the innstilling read an application's latest
// submission, not fields edited since (a returned application is being corrected while the forum works), and an
// application with no submission yet by its fields. Found by the forum's browser test: the innstilling read only the
// fields and printed "omsøkt kr 0" for an application whose submission asked for 450 000.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behovsmeldingField } from '../../db/schema/index.ts';
import { demoActor } from '../../test/actors.ts';
import { openRound } from '../../test/behovsmelding-fixture.ts';
import { allocationValues, submittedApplication } from '../../test/forum-allocation-fixture.ts';
import { insertApplication } from '../../test/forum-innstilling-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { loadSubmittedValues } from './submitted-values.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('the values the forum weighs', () => {
  it('are the latest submission’s, even when the fields were edited since; fields only where nothing was submitted', async () => {
    const db = database.db;
    const round = await openRound(db, await demoActor(db, 'saksbehandler'), 2077);
    const partnershipId = (await partnershipByName(db, SOR_TROMS)).id;
    const sent = allocationValues([{ id: 'hoved', years: [{ year: 2077, ownerKr: 200_000, uhKr: 250_000 }] }]);
    const submitted = await submittedApplication(db, { roundId: round.id, partnershipId, values: sent });
    // Returned and being corrected: a field now says something else.
    await db.insert(behovsmeldingField).values({ applicationId: submitted.id, key: 's1.tema', value: 'Endret etter retur', version: 1, changeId: 0, updatedByName: 'Test' });
    const other = (await partnershipByName(db, 'Kompetanseløftet Nord-Troms')).id;
    const unsent = await insertApplication(db, { roundId: round.id, partnershipId: other, year: 2077, ownerKr: 1, uhKr: 2, status: 'utkast' });

    const values = await loadSubmittedValues(db, [submitted.id, unsent.id]);
    expect(values.get(submitted.id)).toEqual(sent);
    expect(values.get(unsent.id)?.['parts.hoved.grantUse']).toMatchObject({ years: [{ year: 2077, ownerKr: 1, uhKr: 2 }] });
  });
});
