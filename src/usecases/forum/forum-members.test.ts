// Forum members (issue 13 point 1): appointing grants the `forum` role for the office to the member and the deputy,
// editing moves the deputy's grant, ending revokes exactly the grants the membership made; the secretariat does not
// sit on the forum; only the office's case officers manage members; every write is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { appUser, auditLog, forumMember, person, roleGrant } from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor, DEMO_EMAIL } from '../../test/actors.ts';
import { appError } from '../../test/partnership-fixture.ts';
import { auditCount, orgId, personByEmail } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { appointForumMember } from './appoint-forum-member.ts';
import { endForumMembership } from './end-forum-membership.ts';
import { listForumMembers } from './list-forum-members.ts';
import { updateForumMember } from './update-forum-member.ts';

const TF = 'troms-og-finnmark';
const clock = fixedClock('2031-01-10T09:00:00Z');
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const forumGrantsOf = async (personId: string) => {
  const db = database.db;
  return db
    .select({ id: roleGrant.id })
    .from(roleGrant)
    .innerJoin(appUser, eq(appUser.id, roleGrant.userId))
    .where(and(eq(appUser.personId, personId), eq(roleGrant.role, 'forum'), eq(roleGrant.officeId, TF)));
};

describe('forum members', () => {
  it('appointing a member grants the forum role for the office to the member and to the deputy, audited once', async () => {
    const db = database.db;
    const staff = await demoActor(db, 'saksbehandler');
    const ingrid = await personByEmail(db, DEMO_EMAIL.uh);
    const hanne = await personByEmail(db, DEMO_EMAIL.koordinatorHarstad);
    const audits = await auditCount(db);
    const member = await appointForumMember({ db, actor: staff, clock, officeId: TF, input: { personId: ingrid.id, category: 'uh', deputyPersonId: hanne.id, termFrom: '2031-01-01', termTo: '2034-12-31' } });
    expect(member).toMatchObject({ personName: ingrid.name, organisationName: 'UiT Norges arktiske universitet', deputyName: hanne.name, category: 'uh', termTo: '2034-12-31', endedAt: null });
    expect(await forumGrantsOf(ingrid.id)).toHaveLength(1);
    expect(await forumGrantsOf(hanne.id)).toHaveLength(1);
    expect((await demoActor(db, 'uh')).grants).toContainEqual({ role: 'forum', officeId: TF, organisationId: null });
    expect(await auditCount(db)).toBe(audits + 1);

    const { members, allowed } = await listForumMembers({ db, actor: await demoActor(db, 'forum'), officeId: TF });
    expect(members.find((m) => m.id === member.id)).toMatchObject({ personName: ingrid.name, deputyName: hanne.name });
    expect(allowed).toEqual(['read']);
  });

  it('ending a membership revokes the forum role it granted and no other', async () => {
    const db = database.db;
    const staff = await demoActor(db, 'saksbehandler');
    // Per (a study centre) holds no forum role: the membership grants it, and ending it takes it back.
    const per = await personByEmail(db, DEMO_EMAIL.studiesenter);
    expect(await forumGrantsOf(per.id)).toEqual([]);
    const member = await appointForumMember({ db, actor: staff, clock, officeId: TF, input: { personId: per.id, category: 'offentlig-eier', termFrom: '2031-01-01' } });
    expect(await forumGrantsOf(per.id)).toHaveLength(1);
    const ended = await endForumMembership({ db, actor: staff, clock, id: member.id });
    expect(ended.endedAt).toBe('2031-01-10T09:00:00.000Z');
    expect(await forumGrantsOf(per.id)).toEqual([]);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, member.id), eq(auditLog.action, 'end')));
    expect((audit!.after as { grantsRevoked: unknown[] }).grantsRevoked).toHaveLength(1);
    expect((await appError(endForumMembership({ db, actor: staff, clock, id: member.id }))).code).toBe('CONFLICT');

    // Frode holds the forum role from the demo: a membership makes no second grant, and ending it leaves his role.
    // (The demo also seats him, src/seed/demo-forum: that seat is ended first.)
    const frode = await personByEmail(db, DEMO_EMAIL.forum);
    const [demoSeat] = await db.select().from(forumMember).where(and(eq(forumMember.personId, frode.id), isNull(forumMember.endedAt)));
    if (demoSeat) await endForumMembership({ db, actor: staff, clock, id: demoSeat.id });
    const held = await forumGrantsOf(frode.id);
    expect(held).toHaveLength(1);
    const seat = await appointForumMember({ db, actor: staff, clock, officeId: TF, input: { personId: frode.id, category: 'arbeidstakerorganisasjon', termFrom: '2031-01-01' } });
    expect(await forumGrantsOf(frode.id)).toEqual(held);
    await endForumMembership({ db, actor: staff, clock, id: seat.id });
    expect(await forumGrantsOf(frode.id)).toEqual(held);
    expect((await demoActor(db, 'forum')).grants).toContainEqual({ role: 'forum', officeId: TF, organisationId: null });
  });

  it('changing the deputy moves the grant from the former deputy to the new one', async () => {
    const db = database.db;
    const staff = await demoActor(db, 'saksbehandler');
    const nils = await personByEmail(db, DEMO_EMAIL.koordinatorNordreisa);
    const ola = await personByEmail(db, DEMO_EMAIL.koordinator);
    const per = await personByEmail(db, DEMO_EMAIL.studiesenter);
    const member = await appointForumMember({ db, actor: staff, clock, officeId: TF, input: { personId: nils.id, category: 'offentlig-eier', deputyPersonId: ola.id, termFrom: '2031-01-01' } });
    const updated = await updateForumMember({ db, actor: staff, clock, id: member.id, input: { category: 'offentlig-eier', deputyPersonId: per.id, termFrom: '2031-01-01', termTo: null, expectedVersion: member.version } });
    expect(updated.deputyName).toBe(per.name);
    expect(await forumGrantsOf(ola.id)).toEqual([]);
    expect(await forumGrantsOf(per.id)).toHaveLength(1);
    expect(await forumGrantsOf(nils.id)).toHaveLength(1);
    const stale = await appError(updateForumMember({ db, actor: staff, clock, id: member.id, input: { category: 'ks', termFrom: '2031-01-01', expectedVersion: member.version } }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('a person without a user is appointed without a grant, and gets it when the membership is saved after their first login', async () => {
    const db = database.db;
    const staff = await demoActor(db, 'saksbehandler');
    const [newcomer] = await db.insert(person).values({ name: 'Nina Ny', email: 'nina.ny@example.org', organisationId: await orgId(db, 'Nord universitet') }).returning();
    const member = await appointForumMember({ db, actor: staff, clock, officeId: TF, input: { personId: newcomer!.id, category: 'uh', termFrom: '2031-01-01' } });
    expect(await forumGrantsOf(newcomer!.id)).toEqual([]);
    await db.insert(appUser).values({ personId: newcomer!.id, displayName: 'Nina Ny', email: 'nina.ny@example.org' });
    await updateForumMember({ db, actor: staff, clock, id: member.id, input: { category: 'uh', termFrom: '2031-01-01', expectedVersion: member.version } });
    expect(await forumGrantsOf(newcomer!.id)).toHaveLength(1);
  });

  it('a person serving already cannot be appointed a second seat in the same forum, but may be after the first ends', async () => {
    const db = database.db;
    const staff = await demoActor(db, 'saksbehandler');
    const [p] = await db.insert(person).values({ name: 'Sara Sete', email: 'sara.sete@example.org', organisationId: await orgId(db, 'Harstad kommune') }).returning();
    const input = { personId: p!.id, category: 'offentlig-eier', termFrom: '2031-01-01' };
    const first = await appointForumMember({ db, actor: staff, clock, officeId: TF, input });
    const twice = await appError(appointForumMember({ db, actor: staff, clock, officeId: TF, input }));
    expect([twice.code, twice.userMessage]).toEqual(['CONFLICT', 'Sara Sete er allerede medlem av forumet i dette embetet']);
    // Another office's forum is another seat.
    await appointForumMember({ db, actor: await demoActor(db, 'admin'), clock, officeId: 'nordland', input });
    await endForumMembership({ db, actor: staff, clock, id: first.id });
    await appointForumMember({ db, actor: staff, clock, officeId: TF, input });
  });

  it('a Statsforvalteren employee cannot be a member or a deputy: the secretariat does not vote', async () => {
    const db = database.db;
    const staff = await demoActor(db, 'saksbehandler');
    const siri = await personByEmail(db, DEMO_EMAIL.saksbehandler);
    const ingrid = await personByEmail(db, DEMO_EMAIL.uh);
    const audits = await auditCount(db);
    const asMember = await appError(appointForumMember({ db, actor: staff, clock, officeId: TF, input: { personId: siri.id, category: 'ks', termFrom: '2031-01-01' } }));
    expect(asMember.status).toBe(400);
    expect(asMember.fieldErrors).toEqual([{ field: 'personId', message: expect.stringContaining('Statsforvalterens ansatte leder sekretariatet') }]);
    const asDeputy = await appError(appointForumMember({ db, actor: staff, clock, officeId: TF, input: { personId: ingrid.id, category: 'uh', deputyPersonId: siri.id, termFrom: '2031-01-01' } }));
    expect(asDeputy.fieldErrors.map((e) => e.field)).toEqual(['deputyPersonId']);
    expect(await auditCount(db)).toBe(audits);
  });

  it('only the office’s case officers appoint: another office’s case officer and a forum member are refused', async () => {
    const db = database.db;
    const ingrid = await personByEmail(db, DEMO_EMAIL.uh);
    const input = { personId: ingrid.id, category: 'uh', termFrom: '2031-01-01' };
    for (const key of ['saksbehandlerNordland', 'forum', 'leser'] as const)
      expect((await appError(appointForumMember({ db, actor: await demoActor(db, key), clock, officeId: TF, input }))).status).toBe(403);
    expect((await appError(listForumMembers({ db, actor: await demoActor(db, 'saksbehandlerNordland'), officeId: TF }))).status).toBe(403);
  });

  it('a term that ends before it begins, or an unknown category, is refused with the field named', async () => {
    const db = database.db;
    const staff = await demoActor(db, 'saksbehandler');
    const ingrid = await personByEmail(db, DEMO_EMAIL.uh);
    const category = await appError(appointForumMember({ db, actor: staff, clock, officeId: TF, input: { personId: ingrid.id, category: 'rektor', termFrom: '2031-01-01' } }));
    expect(category.fieldErrors).toEqual([{ field: 'category', message: 'Velg kategori' }]);
    const term = await appError(appointForumMember({ db, actor: staff, clock, officeId: TF, input: { personId: ingrid.id, category: 'uh', termFrom: '2031-01-01', termTo: '2030-12-31' } }));
    expect(term.fieldErrors).toEqual([{ field: 'termTo', message: 'Perioden kan ikke slutte før den begynner' }]);
  });
});
