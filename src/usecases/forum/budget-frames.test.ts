// Budget frames per office × scheme × year (issue 13, point 4), on a real database: entered and corrected by the
// secretariat with a version check, audited, read by the forum, refused to everyone else; an estimate deleted only
// when nothing rests on it; and the round shows its year's frame without editing it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAudit } from '../../db/audit-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { budgetReservation } from '../../db/schema/index.ts';
import { openRound, roundInput, startApplication } from '../../test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { createRound } from '../behovsmelding/create-round.ts';
import { getRound } from '../behovsmelding/get-round.ts';
import { updateRound } from '../behovsmelding/update-round.ts';
import { deleteBudgetFrame } from './delete-budget-frame.ts';
import { listBudgetFrames } from './list-budget-frames.ts';
import { setBudgetFrame } from './set-budget-frame.ts';

const TF = 'troms-og-finnmark';
const clock = fixedClock('2026-02-10T09:00:00Z');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const letter = (amountKr: number | string, extra: Record<string, unknown> = {}) => ({ amountKr, confirmed: true, source: 'Tildelingsbrev 2081, pkt. 3', ...extra });

describe('budget frames', () => {
  it('the secretariat enters a frame from the allocation letter and corrects it; each change is audited', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const key = { officeId: TF, schemeId: 'kompetanseloftet', year: '2081' };
    const entered = await setBudgetFrame({ db, actor: siri, clock, ...key, input: letter('kr 14 500 000') });
    expect(entered).toMatchObject({ year: 2081, amountKr: 14_500_000, confirmed: true, source: 'Tildelingsbrev 2081, pkt. 3', version: 1, deletable: false });
    const corrected = await setBudgetFrame({ db, actor: siri, clock, ...key, input: letter(15_000_000, { expectedVersion: 1 }) });
    expect(corrected).toMatchObject({ amountKr: 15_000_000, version: 2 });

    const audit = await findAudit(db, { entityType: 'budget-frame', entityId: `${TF}/kompetanseloftet/2081`, limit: 10, offset: 0 });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
    const update = audit.find((a) => a.action === 'update')!;
    expect(update.before).toMatchObject({ amountKr: 14_500_000 });
    expect(update.after).toMatchObject({ amountKr: 15_000_000 });
  });

  it('two people entering or correcting the same frame at once: the second gets a conflict, not a silent overwrite', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const key = { officeId: TF, schemeId: 'dekomp', year: 2082 };
    await setBudgetFrame({ db, actor: siri, clock, ...key, input: letter(6_000_000) });
    expect((await caught(setBudgetFrame({ db, actor: siri, clock, ...key, input: letter(7_000_000) }))).status).toBe(409);
    await setBudgetFrame({ db, actor: siri, clock, ...key, input: letter(6_500_000, { expectedVersion: 1 }) });
    const stale = await caught(setBudgetFrame({ db, actor: siri, clock, ...key, input: letter(6_100_000, { expectedVersion: 1 }) }));
    expect(stale.status).toBe(409);
    expect(stale.userMessage).toMatch(/Noen andre har endret rammen/);
    // A version for a frame nobody entered (deleted in between): a conflict too.
    expect((await caught(setBudgetFrame({ db, actor: siri, clock, ...key, year: 2083, input: letter(1, { expectedVersion: 1 }) }))).status).toBe(409);
    const list = await listBudgetFrames({ db, actor: siri, clock, officeId: TF });
    expect(list.schemes.find((s) => s.schemeId === 'dekomp')!.frames.find((f) => f.year === 2082)).toMatchObject({ amountKr: 6_500_000, version: 2 });
  });

  it('a forum member cannot change frames but reads them; another office’s case officer does neither', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const frode = await demoActor(db, 'forum');
    const nora = await demoActor(db, 'saksbehandlerNordland');
    const key = { officeId: TF, schemeId: 'rekomp', year: 2084 };
    await setBudgetFrame({ db, actor: siri, clock, ...key, input: letter(3_000_000) });

    expect((await caught(setBudgetFrame({ db, actor: frode, clock, ...key, input: letter(9_000_000, { expectedVersion: 1 }) }))).status).toBe(403);
    expect((await caught(deleteBudgetFrame({ db, actor: frode, clock, ...key }))).status).toBe(403);
    const seen = await listBudgetFrames({ db, actor: frode, clock, officeId: TF });
    expect(seen.allowed).toEqual(['read']);
    expect(seen.schemes.find((s) => s.schemeId === 'rekomp')!.frames).toMatchObject([{ year: 2084, amountKr: 3_000_000 }]);

    expect((await caught(listBudgetFrames({ db, actor: nora, clock, officeId: TF }))).status).toBe(403);
    expect((await caught(setBudgetFrame({ db, actor: nora, clock, ...key, input: letter(1, { expectedVersion: 1 }) }))).status).toBe(403);
    expect((await listBudgetFrames({ db, actor: siri, clock, officeId: TF })).allowed).toEqual(['read', 'edit']);
  });

  it('bad input is refused in Norwegian: a negative amount, øre, a year outside 2000–2100, an unknown scheme or office', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const admin = await demoActor(db, 'admin');
    const at = { officeId: TF, schemeId: 'kompetanseloftet', year: 2085 };
    const refusal = async (promise: Promise<unknown>) => {
      const e = await caught(promise);
      return { status: e.status, fields: e.fieldErrors.map((f) => `${f.field}: ${f.message}`) };
    };
    expect(await refusal(setBudgetFrame({ db, actor: siri, clock, ...at, input: letter(-1) }))).toEqual({ status: 400, fields: ['amountKr: Rammebeløpet kan ikke være negativt'] });
    expect(await refusal(setBudgetFrame({ db, actor: siri, clock, ...at, input: letter('1 000,50') }))).toEqual({
      status: 400,
      fields: ['amountKr: Rammebeløpet må være et beløp i hele kroner'],
    });
    for (const year of ['1999', '2101', 'neste'])
      expect(await refusal(setBudgetFrame({ db, actor: siri, clock, ...at, year, input: letter(1) }))).toEqual({ status: 400, fields: ['year: Året må være et årstall mellom 2000 og 2100'] });
    expect(await refusal(setBudgetFrame({ db, actor: siri, clock, ...at, schemeId: 'ukjent', input: letter(1) }))).toEqual({
      status: 400,
      fields: ['schemeId: Ukjent tilskuddsordning: ukjent'],
    });
    const noOffice = await caught(setBudgetFrame({ db, actor: admin, clock, ...at, officeId: 'atlantis', input: letter(1) }));
    expect([noOffice.status, noOffice.userMessage]).toEqual([404, 'Fant ikke embetet']);
    expect((await listBudgetFrames({ db, actor: siri, clock, officeId: TF })).schemes.flatMap((s) => s.frames).some((f) => f.year === 2085)).toBe(false);
  });

  it('only an estimate nothing rests on is deleted: a confirmed frame and one a round shows stay', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const estimate = { amountKr: 2_000_000, confirmed: false, source: 'Anslag' };
    const at = (year: number) => ({ officeId: TF, schemeId: 'kompetanseloftet', year });

    await setBudgetFrame({ db, actor: siri, clock, ...at(2086), input: estimate });
    await setBudgetFrame({ db, actor: siri, clock, ...at(2087), input: letter(2_000_000) });
    await setBudgetFrame({ db, actor: siri, clock, ...at(2088), input: estimate });
    await openRound(db, siri, 2088);
    const frames = (await listBudgetFrames({ db, actor: siri, clock, officeId: TF })).schemes.find((s) => s.schemeId === 'kompetanseloftet')!.frames;
    expect(frames.filter((f) => f.year >= 2086 && f.year <= 2088).map((f) => [f.year, f.deletable, f.roundId !== null])).toEqual([
      [2086, true, false],
      [2087, false, false],
      [2088, false, true],
    ]);

    const confirmed = await caught(deleteBudgetFrame({ db, actor: siri, clock, ...at(2087) }));
    expect([confirmed.status, confirmed.userMessage]).toEqual([409, 'En bekreftet ramme kan ikke slettes; rett beløpet i stedet']);
    const shown = await caught(deleteBudgetFrame({ db, actor: siri, clock, ...at(2088) }));
    expect([shown.status, shown.userMessage]).toEqual([409, 'Rammen hører til utlysningen «Behovsmeldinger 2088» og kan ikke slettes']);

    await deleteBudgetFrame({ db, actor: siri, clock, ...at(2086) });
    expect((await caught(deleteBudgetFrame({ db, actor: siri, clock, ...at(2086) }))).status).toBe(404);
    const audit = await findAudit(db, { entityType: 'budget-frame', entityId: `${TF}/kompetanseloftet/2086`, limit: 10, offset: 0 });
    expect(audit.find((a) => a.action === 'delete')).toMatchObject({ before: { amountKr: 2_000_000, confirmed: false }, after: null });
  });

  it('an estimate that earlier promises hold reservations against is not deleted', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const ola = await demoActor(db, 'koordinator');
    const round = await openRound(db, siri, 2090);
    const app = await startApplication(db, ola, { roundId: round.id, partnershipId: (await partnershipByName(db, SOR_TROMS)).id, year: 2090 });
    const next = { officeId: TF, schemeId: 'kompetanseloftet', year: 2091 };
    await setBudgetFrame({ db, actor: siri, clock, ...next, input: { amountKr: 10_000_000, confirmed: false, source: null } });
    await db.insert(budgetReservation).values({ ...next, amountKr: 300_000, sourceRoundId: round.id, sourceApplicationId: app.id });
    const held = await caught(deleteBudgetFrame({ db, actor: siri, clock, ...next }));
    expect([held.status, held.userMessage]).toEqual([409, 'Rammen har foreløpige reservasjoner fra tidligere tilsagn og kan ikke slettes']);
  });

  it('the round shows its office’s frame for its year, read-only; null while none is entered', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const round = await createRound({ db, actor: siri, clock, input: roundInput(2089) });
    expect(round.budgetFrameKr).toBeNull();
    await setBudgetFrame({ db, actor: siri, clock, officeId: TF, schemeId: 'kompetanseloftet', year: 2089, input: letter(9_000_000) });
    expect((await getRound({ db, actor: siri, clock, id: round.id })).budgetFrameKr).toBe(9_000_000);
    // An old client still sending the round's frame changes nothing of it: the round form no longer edits it.
    const updated = await updateRound({ db, actor: siri, clock, id: round.id, input: { ...roundInput(2089, { title: 'Rettet' }), budgetFrameKr: 1, expectedVersion: round.version } });
    expect(updated).toMatchObject({ title: 'Rettet', budgetFrameKr: 9_000_000 });
  });
});
