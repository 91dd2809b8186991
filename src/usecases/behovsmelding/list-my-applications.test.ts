// "Mine behovsmeldinger" shows the deadline that applies (issue 12, point 10): under an extension, the extended one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoActor } from '../../test/actors.ts';
import { duringRound, openRound, startApplication } from '../../test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { grantExtension } from './grant-extension.ts';
import { listMyApplications } from './list-my-applications.ts';

const YEAR = 2081;
let t: TestApp;
let roundId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const siri = await demoActor(db, 'saksbehandler');
  const ola = await demoActor(db, 'koordinator');
  roundId = (await openRound(db, siri, YEAR)).id;
  const p = await partnershipByName(db, SOR_TROMS);
  await startApplication(db, ola, { roundId, partnershipId: p.id, year: YEAR });
  await grantExtension({ db, actor: siri, clock: duringRound(YEAR), roundId, input: { partnershipId: p.id, untilLocal: `${YEAR - 1}-12-20T12:00:00`, reason: 'Sykdom' } });
});
afterAll(() => t.close());

describe('the list of behovsmeldinger', () => {
  it('the list shows the extended deadline under an extension, not the original one', async () => {
    const db = t.database.db;
    const mine = await listMyApplications({ db, actor: await demoActor(db, 'koordinator'), clock: duringRound(YEAR) });
    expect(mine.find((a) => a.roundId === roundId)?.deadlineLocal).toBe(`${YEAR - 1}-12-20T12:00:00`);
  });
});
