// What the start pages list (issue 12, point 5), on a real database: the coordinator's open rounds (an extension
// keeps a closed round open for that partnership only), own drafts, returned applications with the office's
// message and submitted ones; the case officer's new submissions since the last visit (remembered on the user, not
// in the browser), returns awaiting resubmission and rounds closing within 14 days. Tenancy: another owner's drafts
// never appear, and another office's case officer sees none of this office's work.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appUser } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { completeValues, fillApplication, roundInput } from '../../test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { createApplication } from './create-application.ts';
import { createRound } from './create-round.ts';
import { getStartOverview } from './get-start-overview.ts';
import { grantExtension } from './grant-extension.ts';
import { returnApplication } from './return-application.ts';
import { submitApplication } from './submit-application.ts';

const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
// Far from the demo's rounds, whatever day the demo is seeded.
const NOW = '2060-11-01T12:00:00+01:00';
const clock = fixedClock(NOW);

let database: TestDatabase;
let fx: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await setup();
});
afterAll(() => database.close());

async function setup() {
  const db = database.db;
  const siri = await demoActor(db, 'saksbehandler');
  const ola = await demoActor(db, 'koordinator');
  const nils = await demoActor(db, 'koordinatorNordreisa');
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const nordTroms = await partnershipByName(db, NORD_TROMS);
  const round = (year: number, opensAtLocal: string, deadlineLocal: string) =>
    createRound({ db, actor: siri, clock, input: roundInput(year, { title: `Runde ${year}`, opensAtLocal, deadlineLocal }) });
  // Open, deadline in 30 days.
  const open = await round(2061, '2060-09-01T08:00:00', '2060-12-01T23:59:59');
  // Closed, but Sør-Troms has an extension that still runs.
  const extended = await round(2062, '2059-09-01T08:00:00', '2059-12-01T23:59:59');
  await grantExtension({ db, actor: siri, clock, roundId: extended.id, input: { partnershipId: sorTroms.id, untilLocal: '2060-11-20T23:59:59', reason: 'Sykdom' } });
  // Closed, no extension.
  const closed = await round(2063, '2059-09-01T08:00:00', '2060-01-15T23:59:59');
  // Open, deadline in 9 days.
  const soon = await round(2064, '2060-10-01T08:00:00', '2060-11-10T23:59:59');

  const start = (actor: Actor, roundId: string, partnershipId: string) => createApplication({ db, actor, clock, input: { roundId, partnershipId } });
  const fill = (id: string) => fillApplication(db, ola, id, 0, completeValues(), clock);
  const olaDraft = await start(ola, open.id, sorTroms.id);
  const nilsDraft = await start(nils, open.id, nordTroms.id);
  const returned = await start(ola, extended.id, sorTroms.id);
  await fill(returned.id);
  await submitApplication({ db, actor: ola, clock: fixedClock('2060-10-20T10:00:00+02:00'), id: returned.id });
  await returnApplication({ db, actor: siri, clock: fixedClock('2060-10-25T10:00:00+02:00'), id: returned.id, input: { message: 'Budsjettet for år 2 mangler.' } });
  const submitted = await start(ola, soon.id, sorTroms.id);
  await fill(submitted.id);
  await submitApplication({ db, actor: ola, clock, id: submitted.id });
  return { db, siri, ola, nils, sorTroms, nordTroms, rounds: { open, extended, closed, soon }, apps: { olaDraft, nilsDraft, returned, submitted } };
}

const overview = (actor: Actor) => getStartOverview({ db: fx.db, actor, clock });

describe("the coordinator's start page", () => {
  it('lists the open rounds with their deadlines, and a closed round only where an extension still runs', async () => {
    const { coordinator } = await overview(fx.ola);
    const rounds = coordinator!.openRounds.filter((r) => r.year > 2060);
    expect(rounds.map((r) => r.id)).toEqual([fx.rounds.soon.id, fx.rounds.extended.id, fx.rounds.open.id]);
    expect(rounds[0]).toMatchObject({ deadlineLocal: '2060-11-10T23:59:59', partnerships: [{ id: fx.sorTroms.id, extendedUntilLocal: null, applicationStatus: 'sendt' }] });
    expect(rounds[1]).toMatchObject({ deadlineLocal: '2059-12-01T23:59:59', partnerships: [{ id: fx.sorTroms.id, extendedUntilLocal: '2060-11-20T23:59:59' }] });
    expect(rounds[2]!.partnerships).toEqual([{ id: fx.sorTroms.id, name: SOR_TROMS, extendedUntilLocal: null, applicationId: fx.apps.olaDraft.id, applicationStatus: 'utkast' }]);
  });

  it("another partnership's extension does not offer the closed round", async () => {
    const { coordinator } = await overview(fx.nils);
    const ids = coordinator!.openRounds.map((r) => r.id);
    expect(ids).toContain(fx.rounds.open.id);
    expect(ids).not.toContain(fx.rounds.extended.id);
    expect(ids).not.toContain(fx.rounds.closed.id);
  });

  it('lists own drafts, returned applications with the office message, and submitted ones', async () => {
    const { coordinator, office } = await overview(fx.ola);
    expect(office).toBeNull();
    expect(coordinator!.drafts.map((a) => a.id)).toContain(fx.apps.olaDraft.id);
    const returned = coordinator!.returned.find((a) => a.id === fx.apps.returned.id);
    expect(returned).toMatchObject({ status: 'returnert', returnMessage: 'Budsjettet for år 2 mangler.', returnedByName: fx.siri.name, roundTitle: 'Runde 2062' });
    expect(coordinator!.submitted.find((a) => a.id === fx.apps.submitted.id)).toMatchObject({ status: 'sendt', submittedByName: fx.ola.name });
    expect(coordinator!.submitted.find((a) => a.id === fx.apps.submitted.id)!.documentNumber).toMatch(/^2063\/\d+-1$/);
  });

  it("another owner's drafts never appear on a coordinator's start page", async () => {
    const ola = await overview(fx.ola);
    const nils = await overview(fx.nils);
    const everyApp = (o: typeof ola) => [...o.coordinator!.drafts, ...o.coordinator!.returned, ...o.coordinator!.submitted];
    expect(everyApp(ola).map((a) => a.id)).not.toContain(fx.apps.nilsDraft.id);
    expect(everyApp(ola).every((a) => a.partnershipId !== fx.nordTroms.id)).toBe(true);
    // The demo's own Nord-Troms application is Nils's too; of this test's rounds, his draft is all he has.
    expect(everyApp(nils).filter((a) => a.roundTitle.startsWith('Runde ')).map((a) => a.id)).toEqual([fx.apps.nilsDraft.id]);
    expect(nils.coordinator!.openRounds.flatMap((r) => r.partnerships.map((p) => p.id))).not.toContain(fx.sorTroms.id);
  });
});

describe("the case officer's start page", () => {
  // Each test meets Siri as if she had never opened her start page: the visits are remembered on her user.
  beforeEach(async () => {
    await fx.db.update(appUser).set({ startSeenAt: null, startSeenBefore: null }).where(eq(appUser.id, fx.siri.userId!));
  });
  const at = (instant: string) => getStartOverview({ db: fx.db, actor: fx.siri, clock: fixedClock(instant) });

  it("the case officer's last visit is remembered across browsers", async () => {
    // Two loads with nothing from the browser (no query, no storage): the second is told what came since the first.
    const first = await at('2060-11-01T11:00:00+01:00');
    expect(first.coordinator).toBeNull();
    expect(first.office!.newSubmissions.map((a) => a.id)).toEqual([fx.apps.submitted.id]);
    // The next visit, in "another browser": what came in since the first (submitted at 12:00) is new.
    const second = await at('2060-11-01T13:00:00+01:00');
    expect(second.office!.since).toBe('2060-11-01T10:00:00.000Z');
    expect(second.office!.newSubmissions.map((a) => a.id)).toEqual([fx.apps.submitted.id]);
    // And the visit after that has nothing new: the 12:00 submission came before the 13:00 visit.
    const third = await at('2060-11-02T09:00:00+01:00');
    expect(third.office!.since).toBe('2060-11-01T12:00:00.000Z');
    expect(third.office!.newSubmissions).toEqual([]);
  });

  it('a reload shortly after keeps showing what was new', async () => {
    await at('2060-11-01T11:00:00+01:00');
    const visit = await at('2060-11-01T13:00:00+01:00');
    expect(visit.office!.newSubmissions.map((a) => a.id)).toEqual([fx.apps.submitted.id]);
    // Reloads within 30 minutes of the visit's first load belong to that visit: the list stays as it was.
    for (const reload of ['2060-11-01T13:00:05+01:00', '2060-11-01T13:20:00+01:00', '2060-11-01T13:29:59+01:00']) {
      const again = await at(reload);
      expect(again.office!.since).toBe('2060-11-01T10:00:00.000Z');
      expect(again.office!.newSubmissions.map((a) => a.id)).toEqual([fx.apps.submitted.id]);
    }
    // 30 minutes after the visit began, a load is a new visit, and the 12:00 submission is no longer new.
    const later = await at('2060-11-01T13:30:00+01:00');
    expect(later.office!.since).toBe('2060-11-01T12:00:00.000Z');
    expect(later.office!.newSubmissions).toEqual([]);
  });

  it('looks back 14 days when no last visit is known (and ignores a last visit in the future)', async () => {
    const fromNow = new Date(Date.parse(NOW) - 14 * 24 * 3600_000).toISOString();
    const first = await overview(fx.siri);
    expect(first.office!.since).toBe(fromNow);
    // The application submitted on 20 October was returned: it is awaiting resubmission, not new.
    expect(first.office!.newSubmissions.map((a) => a.id)).toEqual([fx.apps.submitted.id]);
    // A visit stored in the future (a clock set back) is no known visit.
    await fx.db.update(appUser).set({ startSeenAt: new Date('2070-01-01T00:00:00Z'), startSeenBefore: new Date('2069-12-01T00:00:00Z') }).where(eq(appUser.id, fx.siri.userId!));
    const { office } = await overview(fx.siri);
    expect(office!.since).toBe(fromNow);
    expect(office!.newSubmissions.map((a) => a.id)).toEqual([fx.apps.submitted.id]);
  });

  it('lists the returns awaiting resubmission with their message', async () => {
    const { office } = await overview(fx.siri);
    expect(office!.awaitingResubmission.find((a) => a.id === fx.apps.returned.id)).toMatchObject({ returnMessage: 'Budsjettet for år 2 mangler.', partnershipName: SOR_TROMS });
  });

  it('lists the rounds closing within 14 days, and not those closing later or already closed', async () => {
    const { office } = await overview(fx.siri);
    const ids = office!.closingSoon.map((r) => r.id);
    expect(ids).toContain(fx.rounds.soon.id);
    expect(ids).not.toContain(fx.rounds.open.id);
    expect(ids).not.toContain(fx.rounds.extended.id);
    expect(office!.closingSoon.find((r) => r.id === fx.rounds.soon.id)).toMatchObject({ deadlineLocal: '2060-11-10T23:59:59', applicationCount: 1 });
  });

  it("another office's case officer sees none of this office's work", async () => {
    const nora = await demoActor(fx.db, 'saksbehandlerNordland');
    const { office, coordinator } = await overview(nora);
    expect(coordinator).toBeNull();
    const ours = new Set(Object.values(fx.apps).map((a) => a.id));
    expect([...office!.newSubmissions, ...office!.awaitingResubmission].some((a) => ours.has(a.id))).toBe(false);
    expect(office!.closingSoon.map((r) => r.id)).not.toContain(fx.rounds.soon.id);
  });

  it('has nothing for those who neither write for a partnership nor work an office', async () => {
    expect(await overview(await demoActor(fx.db, 'forum'))).toEqual({ coordinator: null, office: null });
  });
});
