// Security regression (issue 8, finding 2): MOVING A PARTNERSHIP, WITH ITS APPLICATIONS, TO ANOTHER OFFICE.
// Attack: the coordinator of Sør-Troms (attacker) changes the partnership's office from Troms og Finnmark to
// Nordland. Before the fix that was allowed (the coordinator may edit it in either office), and because an
// application's access followed the partnership's current office, the office that holds the round (the victim)
// then got 404 on a submitted application still listed in its own round, while the new office could read it.
// Now only a case officer of both offices (or an admin) may move a partnership, never while it has applications
// that are sent or returned, and the office of an application's round keeps reading it whatever happens to the
// partnership. The last tests check that the fix does not block too much.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { findPartnership } from '../../db/partnership-repository.ts';
import { behovsmelding, partnership } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock, systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { openRound, startApplication } from '../../test/behovsmelding-fixture.ts';
import { auditCount, partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { appError, demoOrgIds, partnershipForm } from '../../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getApplication } from '../behovsmelding/get-application.ts';
import { listMyApplications } from '../behovsmelding/list-my-applications.ts';
import { listRoundApplications } from '../behovsmelding/list-round-applications.ts';
import { createPartnership } from './create-partnership.ts';
import { getPartnership } from './get-partnership.ts';
import { updatePartnership } from './update-partnership.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const clock = fixedClock('2030-01-15T12:00:00Z');

/** The actor with one more grant, e.g. a coordinator who is also a case officer somewhere. */
const withGrant = (actor: Actor, role: 'saksbehandler', officeId: string): Actor => ({
  ...actor,
  grants: [...actor.grants, { role, officeId, organisationId: null }],
});

/** The partnership as its edit form sends it, with another office. */
async function movedForm(id: string, officeId: string) {
  const p = (await findPartnership(database.db, id))!;
  return {
    name: p.name,
    officeId,
    schemeId: p.schemeId,
    description: p.description,
    applicantId: p.applicantId,
    payeeId: p.payeeId,
    coordinatorPersonId: p.coordinatorPersonId,
    members: p.members.map((m) => ({ organisationId: m.organisationId, role: m.role })),
    units: p.units.map((u) => ({ name: u.name, kind: u.kind, municipalityNumber: u.municipalityNumber, ownerId: u.ownerId })),
    expectedVersion: p.version,
  };
}

async function officeOf(id: string) {
  return (await findPartnership(database.db, id))!.officeId;
}

describe('Finding 2: who may move a partnership to another office', () => {
  it('Finding 2: a coordinator cannot move a partnership to another office', async () => {
    const db = database.db;
    const ola = await demoActor(db, 'koordinator');
    const p = await partnershipByName(db, SOR_TROMS);
    const audits = await auditCount(db);
    const refused = await appError(updatePartnership({ db, clock: systemClock, actor: ola, id: p.id, input: await movedForm(p.id, 'nordland') }));
    expect(refused.status).toBe(403);
    expect(refused.fieldErrors.map((e) => e.field)).toEqual(['officeId']);
    expect(refused.userMessage).toContain('saksbehandler');
    expect(await officeOf(p.id)).toBe('troms-og-finnmark');
    expect(await auditCount(db)).toBe(audits);
  });

  it('Finding 2: a coordinator who is also a case officer of the new office cannot move it', async () => {
    const db = database.db;
    const ola = withGrant(await demoActor(db, 'koordinator'), 'saksbehandler', 'nordland');
    const p = await partnershipByName(db, SOR_TROMS);
    const refused = await appError(updatePartnership({ db, clock: systemClock, actor: ola, id: p.id, input: await movedForm(p.id, 'nordland') }));
    expect(refused.status).toBe(403);
    expect(await officeOf(p.id)).toBe('troms-og-finnmark');
  });

  it('Finding 2: a granted editor cannot move a partnership, even as a case officer of the new office', async () => {
    const db = database.db;
    // Ingrid (UH contact of UiT) is a granted editor of Sør-Troms in the demo data.
    const ingrid = withGrant(await demoActor(db, 'uh'), 'saksbehandler', 'nordland');
    const p = await partnershipByName(db, SOR_TROMS);
    const refused = await appError(updatePartnership({ db, clock: systemClock, actor: ingrid, id: p.id, input: await movedForm(p.id, 'nordland') }));
    expect(refused.status).toBe(403);
    expect(await officeOf(p.id)).toBe('troms-og-finnmark');
  });

  it('Finding 2: a case officer of only one of the two offices cannot move it', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const nora = await demoActor(db, 'saksbehandlerNordland');
    const p = await partnershipByName(db, 'Dekomp Troms fylkeskommune');
    expect((await appError(updatePartnership({ db, clock: systemClock, actor: siri, id: p.id, input: await movedForm(p.id, 'nordland') }))).status).toBe(403);
    expect([403, 404]).toContain((await appError(updatePartnership({ db, clock: systemClock, actor: nora, id: p.id, input: await movedForm(p.id, 'nordland') }))).status);
    expect(await officeOf(p.id)).toBe('troms-og-finnmark');
  });

  it('Finding 2: a partnership with a sent or returned behovsmelding cannot be moved, not even by an admin (409)', async () => {
    const db = database.db;
    const siriBoth = withGrant(await demoActor(db, 'saksbehandler'), 'saksbehandler', 'nordland');
    const admin = await demoActor(db, 'admin');
    const audits = await auditCount(db);
    // Sør-Troms has a sent application in the demo data, Nord-Troms a returned one.
    for (const [name, actor] of [[SOR_TROMS, siriBoth], ['Kompetanseløftet Nord-Troms', admin]] as const) {
      const p = await partnershipByName(db, name);
      const refused = await appError(updatePartnership({ db, clock: systemClock, actor, id: p.id, input: await movedForm(p.id, 'nordland') }));
      expect(refused.status, name).toBe(409);
      expect(refused.userMessage).toMatch(/kan ikke flyttes.*behovsmelding/);
      expect(await officeOf(p.id)).toBe('troms-og-finnmark');
    }
    expect(await auditCount(db)).toBe(audits);
  });

  it('Finding 2: a case officer of both offices moves a partnership with only drafts; its office keeps the draft', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const nora = await demoActor(db, 'saksbehandlerNordland');
    const hanne = await demoActor(db, 'koordinatorHarstad');
    const ids = await demoOrgIds(db);
    const created = await createPartnership({ db, clock: systemClock, actor: siri, input: partnershipForm(ids, { name: 'Flyttes til Nordland' }) });
    const round = await openRound(db, siri, 2071);
    const draft = await startApplication(db, hanne, { roundId: round.id, partnershipId: created.id, year: 2071 });

    const audits = await auditCount(db);
    const moved = await updatePartnership({ db, clock: systemClock, actor: withGrant(siri, 'saksbehandler', 'nordland'), id: created.id, input: await movedForm(created.id, 'nordland') });
    expect(moved.officeId).toBe('nordland');
    expect(await auditCount(db)).toBe(audits + 1);

    // The draft stays in Troms og Finnmark's round: that office reads it, Nordland does not; the coordinator still does.
    expect((await getApplication({ db, actor: siri, clock, id: draft.id })).id).toBe(draft.id);
    expect((await appError(getApplication({ db, actor: nora, clock, id: draft.id }))).status).toBe(404);
    const hannes = await getApplication({ db, actor: hanne, clock, id: draft.id });
    expect([hannes.status, hannes.allowed.includes('edit')]).toEqual(['utkast', true]);
  });

  it('Finding 2: the partnership view tells the UI who may move it (allowed: move)', async () => {
    const db = database.db;
    const p = await partnershipByName(db, SOR_TROMS);
    const view = async (key: Parameters<typeof demoActor>[1]) => (await getPartnership({ db, clock: systemClock, actor: await demoActor(db, key), id: p.id })).allowed.includes('move');
    expect(await view('saksbehandler')).toBe(true);
    expect(await view('admin')).toBe(true);
    expect(await view('koordinator')).toBe(false);
    expect(await view('uh')).toBe(false);
    expect(await view('forum')).toBe(false);
  });
});

describe('Finding 2: staff access to an application follows its round’s office', () => {
  it('Finding 2: after a partnership has moved, the round’s office still reads its submitted application and the new office does not', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const nora = await demoActor(db, 'saksbehandlerNordland');
    const forum = await demoActor(db, 'forum');
    const ola = await demoActor(db, 'koordinator');
    const p = await partnershipByName(db, SOR_TROMS);
    const [app] = await db.select().from(behovsmelding).where(eq(behovsmelding.partnershipId, p.id));
    expect(app!.status).toBe('sendt');
    // A move from before this rule (or made in the database by hand): the partnership now says Nordland.
    await db.update(partnership).set({ officeId: 'nordland' }).where(eq(partnership.id, p.id));
    try {
      const listed = await listRoundApplications({ db, actor: siri, clock, roundId: app!.roundId, filter: {} });
      expect(listed.applications.map((a) => a.id)).toContain(app!.id);
      // What the round lists, its office can open: case officer and forum alike.
      expect((await getApplication({ db, actor: siri, clock, id: app!.id })).status).toBe('sendt');
      expect((await getApplication({ db, actor: forum, clock, id: app!.id })).status).toBe('sendt');
      expect((await listMyApplications({ db, actor: siri, clock })).map((a) => a.id)).toContain(app!.id);
      // The new office has no business with another office's round.
      expect((await appError(getApplication({ db, actor: nora, clock, id: app!.id }))).status).toBe(404);
      expect((await listMyApplications({ db, actor: nora, clock })).map((a) => a.id)).not.toContain(app!.id);
      // The partnership's own people keep reading it through the partnership.
      expect((await getApplication({ db, actor: ola, clock, id: app!.id })).status).toBe('sendt');
      expect((await listMyApplications({ db, actor: ola, clock })).map((a) => a.id)).toContain(app!.id);
    } finally {
      await db.update(partnership).set({ officeId: 'troms-og-finnmark' }).where(eq(partnership.id, p.id));
    }
  });
});
