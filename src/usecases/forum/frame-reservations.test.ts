// Issue 14, Must show: "The next year's frame shows the binding reservation of the three-year tilsagn" — on a real
// database. The forum's adopted innstilling (written as adoption leaves it, src/test/tilsagn-fixture.ts) reserves a
// three-year measure's later years provisionally; the frames list shows them per frame as "reservert foreløpig" and
// what remains. The case officer prepares the decisions, a budsjettdisponent approves them, and the next year's
// frame shows the decided amount as a binding reservation. A year with reservations but no frame entered is listed
// apart; a reservation a later round took over no longer counts.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetReservation } from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import type { FrameList } from '../../domain/forum/frames-contract.ts';
import { demoActor } from '../../test/actors.ts';
import { OFFICE, SCHEME } from '../../test/forum-innstilling-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { insertAdoptedRound } from '../../test/tilsagn-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { approveVedtakBatch } from '../tilsagn/approve-vedtak-batch.ts';
import { prepareRoundVedtak } from '../tilsagn/prepare-round-vedtak.ts';
import { submitVedtakBatch } from '../tilsagn/submit-vedtak-batch.ts';
import { listBudgetFrames } from './list-budget-frames.ts';
import { setBudgetFrame } from './set-budget-frame.ts';

const YEAR = 2065;
const clock = fixedClock('2065-03-01T10:00:00+01:00');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const schemeOf = (list: FrameList) => list.schemes.find((s) => s.schemeId === SCHEME)!;
const frameYear = (list: FrameList, year: number) => schemeOf(list).frames.find((f) => f.year === year);

describe('reservations on the frames', () => {
  it('the next year’s frame shows the three-year tilsagn’s reservation, provisional after adoption and binding after approval', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const bjorn = await demoActor(db, 'budsjettdisponent');
    const frode = await demoActor(db, 'forum');
    const uit = await orgId(db, UIT);
    // The round's year and the next are entered; the third year not yet.
    await setBudgetFrame({ db, actor: siri, clock, officeId: OFFICE, schemeId: SCHEME, year: YEAR, input: { amountKr: 1_000_000, confirmed: true, source: `Tildelingsbrev ${YEAR}` } });
    await setBudgetFrame({ db, actor: siri, clock, officeId: OFFICE, schemeId: SCHEME, year: YEAR + 1, input: { amountKr: 500_000, confirmed: false, source: 'Anslag' } });

    const { round, applications } = await insertAdoptedRound(db, {
      officeId: OFFICE,
      year: YEAR,
      applications: [
        {
          partnershipId: (await partnershipByName(db, SOR_TROMS)).id,
          priority: 1,
          lines: [
            { year: YEAR, recipient: 'owner', amountKr: 100_000 },
            { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 50_000 },
            { year: YEAR + 1, recipient: 'owner', amountKr: 80_000 },
            { year: YEAR + 1, recipient: 'uh', recipientOrgId: uit, amountKr: 40_000 },
            { year: YEAR + 2, recipient: 'owner', amountKr: 60_000 },
            { year: YEAR + 2, recipient: 'uh', recipientOrgId: uit, amountKr: 30_000 },
          ],
        },
      ],
    });

    const adopted = await listBudgetFrames({ db, actor: frode, clock, officeId: OFFICE });
    expect(frameYear(adopted, YEAR + 1)).toMatchObject({ amountKr: 500_000, reservedProvisionalKr: 120_000, reservedBindingKr: 0, remainingKr: 380_000 });
    // The round's own year holds no reservation: its money is the round's allocation, not an earlier promise.
    expect(frameYear(adopted, YEAR)).toMatchObject({ reservedProvisionalKr: 0, reservedBindingKr: 0, remainingKr: 1_000_000 });
    expect(schemeOf(adopted).unframedReservations).toEqual([{ year: YEAR + 2, reservedProvisionalKr: 90_000, reservedBindingKr: 0 }]);

    const prepared = await prepareRoundVedtak({ db, actor: siri, clock, roundId: round.id });
    const draft = prepared.batches[0]!;
    const sent = (await submitVedtakBatch({ db, actor: siri, clock, batchId: draft.id, input: { expectedVersion: draft.version } })).batches[0]!;
    await approveVedtakBatch({ db, actor: bjorn, clock, batchId: sent.id, input: { expectedVersion: sent.version } });

    const approved = await listBudgetFrames({ db, actor: siri, clock, officeId: OFFICE });
    expect(frameYear(approved, YEAR + 1)).toMatchObject({ amountKr: 500_000, reservedProvisionalKr: 0, reservedBindingKr: 120_000, remainingKr: 380_000 });
    expect(schemeOf(approved).unframedReservations).toEqual([{ year: YEAR + 2, reservedProvisionalKr: 0, reservedBindingKr: 90_000 }]);
    // An estimate promises rest on is not offered for deletion.
    expect(frameYear(approved, YEAR + 1)!.deletable).toBe(false);

    // Once entered, the third year's frame carries its reservation; promises beyond a frame leave a negative remainder.
    await setBudgetFrame({ db, actor: siri, clock, officeId: OFFICE, schemeId: SCHEME, year: YEAR + 2, input: { amountKr: 50_000, confirmed: false, source: null } });
    const entered = await listBudgetFrames({ db, actor: siri, clock, officeId: OFFICE });
    expect(frameYear(entered, YEAR + 2)).toMatchObject({ reservedBindingKr: 90_000, remainingKr: -40_000 });
    expect(schemeOf(entered).unframedReservations).toEqual([]);

    // When the next year's round takes the promise over (adoption marks it consumed), it is that round's money: the
    // frame no longer counts it as reserved.
    const [next] = await db.select().from(budgetReservation).where(eq(budgetReservation.sourceApplicationId, applications[0]!.id)).orderBy(budgetReservation.year);
    await db.update(budgetReservation).set({ consumedByApplicationId: applications[0]!.id }).where(eq(budgetReservation.id, next!.id));
    expect(frameYear(await listBudgetFrames({ db, actor: siri, clock, officeId: OFFICE }), YEAR + 1)).toMatchObject({ reservedBindingKr: 0, remainingKr: 500_000 });
  });
});
