// The forum's next meeting sees the decisions that deviate from its innstilling (issue 14, point 1), on a real
// database: the office prepares a round's decisions from the adopted innstilling, changes one with a written reason,
// writes a reason on another without changing it, sends the list and the budsjettdisponent approves it. The meeting
// starting first after the approval lists the changed decision with its reason and both totals; the meeting before
// the approval and the one after that do not; a decision that follows the innstilling is never listed, whatever
// reason text it carries. A forum member reads it in the meeting's answer.
//
// The adopted innstilling and the meetings are written straight into the tables (src/test/tilsagn-fixture.ts,
// src/test/forum-innstilling-fixture.ts); the decisions go through the tilsagn use cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import type { RoundVedtakAnswer, VedtakOut } from '../../domain/tilsagn/vedtak-contract.ts';
import { demoActor } from '../../test/actors.ts';
import { insertMeeting, OFFICE } from '../../test/forum-innstilling-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { insertAdoptedRound } from '../../test/tilsagn-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { approveVedtakBatch } from '../tilsagn/approve-vedtak-batch.ts';
import { getRoundVedtak } from '../tilsagn/get-round-vedtak.ts';
import { prepareRoundVedtak } from '../tilsagn/prepare-round-vedtak.ts';
import { submitVedtakBatch } from '../tilsagn/submit-vedtak-batch.ts';
import { updateVedtak } from '../tilsagn/update-vedtak.ts';
import { getForumMeeting } from './get-forum-meeting.ts';

const YEAR = 2077;
// The list is approved on 1 March (Oslo winter time, 10:00 = 09:00Z).
const clock = fixedClock('2077-03-01T10:00:00+01:00');
const REASON = 'UiT har meldt at tredje år krever færre samlinger.';

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
});
afterAll(() => database.close());

const decisionOf = (answer: RoundVedtakAnswer, applicationId: string): VedtakOut => answer.batches[0]!.decisions.find((d) => d.applicationId === applicationId)!;

async function setup() {
  const db = database.db;
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const nordTroms = await partnershipByName(db, 'Kompetanseløftet Nord-Troms');
  const uit = await orgId(db, UIT);
  const { round, applications } = await insertAdoptedRound(db, {
    officeId: OFFICE,
    year: YEAR,
    applications: [
      {
        partnershipId: sorTroms.id,
        priority: 1,
        lines: [
          { year: YEAR, recipient: 'owner', amountKr: 100_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 50_000 },
          { year: YEAR + 1, recipient: 'uh', recipientOrgId: uit, amountKr: 40_000 },
        ],
      },
      { partnershipId: nordTroms.id, priority: 2, lines: [{ year: YEAR, recipient: 'owner', amountKr: 150_000 }] },
    ],
  });
  const siri = await demoActor(db, 'saksbehandler');
  const bjorn = await demoActor(db, 'budsjettdisponent');
  const frode = await demoActor(db, 'forum');
  const admin = await demoActor(db, 'admin');

  const prepared = await prepareRoundVedtak({ db, actor: siri, clock, roundId: round.id });
  const edit = (d: VedtakOut, change: { lines?: VedtakOut['lines']; deviationReason: string }) =>
    updateVedtak({
      db,
      actor: siri,
      clock,
      vedtakId: d.id,
      input: {
        expectedVersion: d.version,
        kind: d.kind,
        reasons: d.reasons,
        deviationReason: change.deviationReason,
        lines: (change.lines ?? d.lines).map(({ year, recipient, recipientOrgId, amountKr }) => ({ year, recipient, recipientOrgId, amountKr })),
      },
    });
  const a = decisionOf(prepared, applications[0]!.id);
  await edit(a, { lines: a.lines.map((l) => (l.year === YEAR + 1 ? { ...l, amountKr: 30_000 } : l)), deviationReason: REASON });
  // A reason with no deviation: stored, but the decision follows the innstilling, so the forum is not told.
  await edit(decisionOf(prepared, applications[1]!.id), { deviationReason: 'Ingen endring, bare en merknad.' });

  let batch = (await getRoundVedtak({ db, actor: siri, roundId: round.id })).batches[0]!;
  batch = (await submitVedtakBatch({ db, actor: siri, clock, batchId: batch.id, input: { expectedVersion: batch.version } })).batches[0]!;
  await approveVedtakBatch({ db, actor: bjorn, clock, batchId: batch.id, input: { expectedVersion: batch.version } });

  // The meetings around the approval: before it, the first after it, and one later still.
  const before = await insertMeeting(db, { roundId: round.id, startsAtLocal: `${YEAR}-02-20T10:00:00`, present: [] });
  const next = await insertMeeting(db, { roundId: round.id, startsAtLocal: `${YEAR}-03-10T10:00:00`, present: [] });
  const later = await insertMeeting(db, { roundId: round.id, startsAtLocal: `${YEAR}-04-14T10:00:00`, present: [] });
  return { db, round, applications, siri, frode, admin, before, next, later };
}

/** This round's deviations as the meeting's answer shows them to `actor` (the demo data may have others). */
const deviationsOn = async (meetingId: string, actor: Actor = fx.siri) =>
  (await getForumMeeting({ db: fx.db, actor, id: meetingId })).deviations.filter((d) => d.roundId === fx.round.id);

describe('the decisions that deviate from the innstilling, on the forum’s meetings', () => {
  it('lists the deviation on the first meeting after the approval, with its reason and both totals', async () => {
    expect(await deviationsOn(fx.next.id)).toEqual([
      {
        vedtakId: expect.any(String),
        roundId: fx.round.id,
        roundTitle: `Behovsmeldinger ${YEAR}`,
        partnershipName: SOR_TROMS,
        kind: 'tilsagn',
        amendment: false,
        recommendedKind: 'tilsagn',
        recommendedTotalKr: 190_000,
        totalKr: 180_000,
        deviationReason: REASON,
        approvedAt: '2077-03-01T09:00:00.000Z',
      },
    ]);
  });

  it('does not list it on the meeting before the approval, nor on a later one', async () => {
    expect(await deviationsOn(fx.before.id)).toEqual([]);
    expect(await deviationsOn(fx.later.id)).toEqual([]);
  });

  it('never lists a decision that follows the innstilling, even with a reason written on it', async () => {
    const listed = (await deviationsOn(fx.next.id)).map((d) => d.partnershipName);
    expect(listed).not.toContain('Kompetanseløftet Nord-Troms');
  });

  it('is read by the forum’s members and the admin as part of the meeting', async () => {
    for (const actor of [fx.frode, fx.admin]) expect((await deviationsOn(fx.next.id, actor)).map((d) => d.deviationReason)).toEqual([REASON]);
  });
});
