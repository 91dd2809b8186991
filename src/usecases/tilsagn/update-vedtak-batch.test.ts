// The report deadline of a list's letters (issue 14, point 3), on a real database: preparing a round's decisions
// gives the list the default (1 October the year after the grant year), so no letter says "the deadline we set";
// a case officer of the office changes it while the list is a draft — against the version seen, audited — and is
// refused an impossible date or one before today; the forum, the budsjettdisponent, the partnership's coordinator
// and another office's case officer are refused (403) and change nothing; once sent for approval the deadline is
// fixed; and whoever set it had a hand in the list, so the policy keeps them from approving it.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, auditLog, person, roleGrant, vedtakBatch } from '../../db/schema/index.ts';
import { loadActor } from '../../db/session-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { OFFICE } from '../../test/forum-innstilling-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { insertAdoptedRound } from '../../test/tilsagn-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { approveVedtakBatch } from './approve-vedtak-batch.ts';
import { getRoundVedtak } from './get-round-vedtak.ts';
import { prepareRoundVedtak } from './prepare-round-vedtak.ts';
import { submitVedtakBatch } from './submit-vedtak-batch.ts';
import { updateVedtakBatch } from './update-vedtak-batch.ts';

const YEAR = 2081;
// The decisions are made in the grant year's spring (Oslo time: 1 March).
const clock = fixedClock('2081-03-01T10:00:00+01:00');

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
});
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const uit = await orgId(db, UIT);
  const { round } = await insertAdoptedRound(db, {
    officeId: OFFICE,
    year: YEAR,
    applications: [
      {
        partnershipId: sorTroms.id,
        priority: 1,
        lines: [
          { year: YEAR, recipient: 'owner', amountKr: 100_000 },
          { year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 50_000 },
        ],
      },
    ],
  });
  // A second case officer who also holds budget authority: setting the deadline must keep her from approving.
  const [p] = await db.insert(person).values({ name: 'Tone Termin', email: 'tone.termin@example.org', organisationId: await orgId(db, 'Statsforvalteren i Troms og Finnmark') }).returning();
  const [u] = await db.insert(appUser).values({ personId: p!.id, displayName: 'Tone Termin', email: 'tone.termin@example.org' }).returning();
  for (const role of ['saksbehandler', 'budsjettdisponent'] as const) await db.insert(roleGrant).values({ userId: u!.id, role, officeId: OFFICE });
  return {
    db,
    round,
    siri: await demoActor(db, 'saksbehandler'),
    tone: (await loadActor(db, u!.id))!,
    bjorn: await demoActor(db, 'budsjettdisponent'),
    frode: await demoActor(db, 'forum'),
    ola: await demoActor(db, 'koordinator'),
    nora: await demoActor(db, 'saksbehandlerNordland'),
  };
}

async function caught(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const read = async () => (await getRoundVedtak({ db: fx.db, actor: fx.siri, roundId: fx.round.id })).batches[0]!;
const setDue = (actor: Actor, batch: { id: string; version: number }, reportDueLocal: string) =>
  updateVedtakBatch({ db: fx.db, actor, clock, batchId: batch.id, input: { expectedVersion: batch.version, reportDueLocal } });
const auditRows = (batchId: string) =>
  fx.db.select({ actorName: auditLog.actorName, before: auditLog.before, after: auditLog.after }).from(auditLog).where(and(eq(auditLog.entityType, 'vedtak-batch'), eq(auditLog.entityId, batchId)));

describe('the report deadline of a round’s decisions', () => {
  it('is set when the decisions are prepared: 1 October the year after the grant year', async () => {
    const answer = await prepareRoundVedtak({ db: fx.db, actor: fx.siri, clock, roundId: fx.round.id });
    expect(answer.batches[0]).toMatchObject({ state: 'utkast', reportDueLocal: `${YEAR + 1}-10-01` });
  });

  it('is changed by a case officer of the office, against the version seen, and audited', async () => {
    const before = await read();
    const batch = (await setDue(fx.tone, before, `${YEAR + 1}-09-15`)).batches[0]!;
    expect(batch).toMatchObject({ reportDueLocal: `${YEAR + 1}-09-15`, version: before.version + 1, allowed: ['read', 'edit', 'submit'] });
    expect(await auditRows(batch.id)).toContainEqual({ actorName: 'Tone Termin', before: { reportDueLocal: `${YEAR + 1}-10-01` }, after: { reportDueLocal: `${YEAR + 1}-09-15` } });
    // The version Tone saw is gone: a second save on it is refused and changes nothing.
    expect((await caught(setDue(fx.siri, before, `${YEAR + 1}-08-01`))).status).toBe(409);
    expect((await read()).reportDueLocal).toBe(`${YEAR + 1}-09-15`);
  });

  it('refuses an impossible date and one before the day of the decision, on the field, changing nothing', async () => {
    const batch = await read();
    const invalid = await caught(setDue(fx.siri, batch, `${YEAR + 1}-02-30`));
    expect([invalid.status, invalid.fieldErrors]).toEqual([400, [{ field: 'reportDueLocal', message: 'Rapporteringsfristen må være en gyldig dato (åååå-mm-dd)' }]]);
    const early = await caught(setDue(fx.siri, batch, `${YEAR}-02-28`));
    expect([early.status, early.fieldErrors[0]?.message]).toEqual([400, 'Rapporteringsfristen kan ikke være før vedtaksdagen: velg i dag eller en senere dato']);
    // Today (the day the officer sets it) is allowed.
    expect((await setDue(fx.siri, batch, `${YEAR}-03-01`)).batches[0]!.reportDueLocal).toBe(`${YEAR}-03-01`);
    const again = await read();
    expect((await setDue(fx.siri, again, `${YEAR + 1}-09-15`)).batches[0]!.reportDueLocal).toBe(`${YEAR + 1}-09-15`);
  });

  it('refuses the forum, the budsjettdisponent, the coordinator and another office (403), changing nothing', async () => {
    const batch = await read();
    for (const actor of [fx.frode, fx.bjorn, fx.ola, fx.nora]) expect((await caught(setDue(actor, batch, `${YEAR + 1}-06-30`))).status, actor.name).toBe(403);
    const [row] = await fx.db.select({ reportDueLocal: vedtakBatch.reportDueLocal, version: vedtakBatch.version }).from(vedtakBatch).where(eq(vedtakBatch.id, batch.id));
    expect(row).toEqual({ reportDueLocal: `${YEAR + 1}-09-15`, version: batch.version });
  });

  it('is fixed once the list is sent; the one who set it may not approve it, a budsjettdisponent with no hand in it may', async () => {
    const sent = (await submitVedtakBatch({ db: fx.db, actor: fx.siri, clock, batchId: (await read()).id, input: { expectedVersion: (await read()).version } })).batches[0]!;
    expect(sent.state).toBe('til-godkjenning');
    const fixed = await caught(setDue(fx.siri, sent, `${YEAR + 1}-06-30`));
    expect([fixed.status, fixed.userMessage]).toEqual([409, 'Vedtakene kan bare endres mens listen er under arbeid']);

    const asTone = await getRoundVedtak({ db: fx.db, actor: fx.tone, roundId: fx.round.id });
    expect(asTone.batches[0]!.allowed).not.toContain('approve');
    expect((await caught(approveVedtakBatch({ db: fx.db, actor: fx.tone, clock, batchId: sent.id, input: { expectedVersion: sent.version } }))).status).toBe(403);
    const approved = (await approveVedtakBatch({ db: fx.db, actor: fx.bjorn, clock, batchId: sent.id, input: { expectedVersion: sent.version } })).batches[0]!;
    expect(approved).toMatchObject({ state: 'godkjent', reportDueLocal: `${YEAR + 1}-09-15` });
  });
});
