// One klage for its page (GET /api/tilsagn/klager/:id) on a real database: the case officer sees the klage, the
// decision it is against and the moves its state allows (dismiss, reverse, forward; after forwarding only the
// outcome; nothing once decided); the partnership's coordinator and the forum read it but are offered nothing;
// another office and another partnership are refused, and an unknown klage is not found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vedtak, vedtakBatch, vedtakLine } from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { insertApplication, insertRound, OFFICE } from '../../test/forum-innstilling-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { appError } from '../../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { forwardKlage } from './forward-klage.ts';
import { getKlage } from './get-klage.ts';
import { recordKlageOutcome } from './record-klage-outcome.ts';
import { registerKlage } from './register-klage.ts';

const YEAR = 2087;
const ISSUED_AT = new Date('2087-03-01T10:00:00+01:00');
const clock = fixedClock('2087-03-30T12:00:00+02:00');

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
}, 60_000);
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const actors = {
    siri: await demoActor(db, 'saksbehandler'),
    nora: await demoActor(db, 'saksbehandlerNordland'),
    ola: await demoActor(db, 'koordinator'),
    nils: await demoActor(db, 'koordinatorNordreisa'),
    frode: await demoActor(db, 'forum'),
  };
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const round = await insertRound(db, YEAR);
  const app = await insertApplication(db, { roundId: round.id, partnershipId: sorTroms.id, year: YEAR, ownerKr: 100_000, uhKr: 0 });
  // An issued tilsagn, written as the letters' use case leaves it (tested there).
  const [batch] = await db.insert(vedtakBatch).values({ roundId: round.id, officeId: OFFICE, state: 'utstedt', issuedAt: ISSUED_AT, issuedByName: 'Siri' }).returning();
  const [decision] = await db
    .insert(vedtak)
    .values({ batchId: batch!.id, roundId: round.id, applicationId: app.id, kind: 'tilsagn', reasons: 'Innvilget.', preparedByName: 'Siri', documentNumber: `${YEAR - 1}/77-1`, language: 'nb', issuedAt: ISSUED_AT, acceptanceDueLocal: '2087-03-22' })
    .returning();
  await db.insert(vedtakLine).values({ vedtakId: decision!.id, year: YEAR, recipient: 'owner', recipientOrgId: sorTroms.payeeId, amountKr: 100_000 });
  // Received after three weeks: shown as late.
  const klage = await registerKlage({ db, clock, actor: actors.siri, vedtakId: decision!.id, input: { receivedOnLocal: '2087-03-25', fromName: 'Region Sør-Troms', summary: 'For lite til UH.' } });
  return { ...actors, vedtakId: decision!.id, applicationId: app.id, klageId: klage.id };
}

const as = (actor: (typeof fx)['siri']) => ({ db: database.db, clock, actor, klageId: fx.klageId });

describe('one klage', () => {
  it('shows the case officer the klage, the decision it is against and the moves its state allows', async () => {
    const answer = await getKlage(as(fx.siri));
    expect(answer.klage).toMatchObject({ id: fx.klageId, state: 'registrert', receivedOnLocal: '2087-03-25', deadlineLocal: '2087-03-22', inTime: false });
    expect(answer.decision).toEqual({
      vedtakId: fx.vedtakId,
      applicationId: fx.applicationId,
      partnershipName: SOR_TROMS,
      kind: 'tilsagn',
      documentNumber: `${YEAR - 1}/77-1`,
      archiveNumber: null,
      letterDateLocal: '2087-03-01',
    });
    expect(answer.appealBody).toBe('Utdanningsdirektoratet');
    expect(answer.actions).toEqual(['dismiss', 'reverse', 'forward']);
    expect(answer.allowed).toContain('handle-klage');
  });

  it('lets the partnership and the forum read it without offering them anything', async () => {
    for (const actor of [fx.ola, fx.frode]) {
      const answer = await getKlage(as(actor));
      expect(answer.klage.id).toBe(fx.klageId);
      expect(answer.actions).toEqual([]);
      expect(answer.allowed).not.toContain('handle-klage');
    }
  });

  it('refuses another office and another partnership, and does not find an unknown klage', async () => {
    for (const actor of [fx.nora, fx.nils]) expect((await appError(getKlage(as(actor)))).status).toBe(403);
    expect((await appError(getKlage({ ...as(fx.siri), klageId: '00000000-0000-4000-8000-000000000000' }))).status).toBe(404);
  });

  it('offers only the outcome once forwarded, and nothing once decided', async () => {
    await forwardKlage({ ...as(fx.siri), input: { assessment: 'Fastholdes.' } });
    expect((await getKlage(as(fx.siri))).actions).toEqual(['record-outcome']);
    await recordKlageOutcome({ ...as(fx.siri), input: { outcome: 'ikke-medhold', text: 'Stadfestet.' } });
    const decided = await getKlage(as(fx.siri));
    expect(decided.klage).toMatchObject({ state: 'avgjort', outcome: 'ikke-medhold', forwardedTo: 'Utdanningsdirektoratet' });
    expect(decided.actions).toEqual([]);
  });
});
