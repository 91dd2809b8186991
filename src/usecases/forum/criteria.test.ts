// A round's criteria (issue 13, point 3): seeded from the scheme's guidelines on first read, edited by the
// secretariat, read by the forum, closed to everyone else; a criterion members have scored is kept.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { DEFAULT_CRITERIA } from '../../domain/forum/criteria.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { addMember, forumRound } from '../../test/forum-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { createCriterion } from './create-criterion.ts';
import { deleteCriterion } from './delete-criterion.ts';
import { listCriteria } from './list-criteria.ts';
import { reorderCriteria } from './reorder-criteria.ts';
import { saveMyReview } from './save-my-review.ts';
import { updateCriterion } from './update-criterion.ts';

const clock = fixedClock('2030-01-10T09:00:00Z');
let t: TestDatabase;
let siri: Actor;
beforeAll(async () => {
  t = await createTestDatabase();
  siri = await demoActor(t.db, 'saksbehandler');
});
afterAll(() => t.close());

const list = (actor: Actor, roundId: string) => listCriteria({ db: t.db, clock, actor, roundId });

describe('seeding', () => {
  it('the first read of a round’s criteria seeds the six defaults, the round’s long-term plan linked in the first', async () => {
    const { roundId } = await forumRound(t.db, { longTermPlanUrl: 'https://example.org/plan-2031' });
    const { criteria, mayEdit } = await list(siri, roundId);
    expect(mayEdit).toBe(true);
    expect(criteria.map((c) => c.title)).toEqual(DEFAULT_CRITERIA.map((c) => c.title));
    expect(criteria.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(criteria[0]!.description).toContain('https://example.org/plan-2031');
    expect(criteria.slice(1).some((c) => c.description?.includes('https://'))).toBe(false);
    // The defaults name what the issue asks the forum to weigh.
    expect(criteria.map((c) => c.title).join(' | ')).toMatch(/lokale behov.*Kollektiv.*UH.*doble formålet.*Samiske.*Inkludering.*laget rundt barnet.*budsjett.*egenfinansiering/);
    expect(criteria[0]!.description).toContain('kartlegging');
    expect(criteria[4]!.description).toContain('PP-tjenesten');
  });

  it('a second read finds the same criteria and seeds nothing more; seeding writes no audit row', async () => {
    const { roundId } = await forumRound(t.db);
    const first = await list(siri, roundId);
    const second = await list(siri, roundId);
    expect(second.criteria).toEqual(first.criteria);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityType, 'forum-criterion'))).toHaveLength(0);
  });

  it('a round without a long-term plan seeds the first criterion without a link', async () => {
    const { roundId } = await forumRound(t.db, { longTermPlanUrl: null });
    const { criteria } = await list(siri, roundId);
    expect(criteria[0]!.description).toBe(DEFAULT_CRITERIA[0]!.description);
  });
});

describe('the secretariat edits the criteria', () => {
  it('adds, edits, reorders and deletes criteria, each audited', async () => {
    const { roundId } = await forumRound(t.db);
    const created = await createCriterion({ db: t.db, clock, actor: siri, roundId, input: { title: 'Digital kompetanse', description: 'Bruk av digitale verktøy.' } });
    let { criteria } = await list(siri, roundId);
    expect(criteria).toHaveLength(7);
    expect(criteria[6]).toMatchObject({ id: created.criterion.id, position: 7, title: 'Digital kompetanse' });

    await updateCriterion({ db: t.db, clock, actor: siri, roundId, id: created.criterion.id, input: { title: 'Digital praksis', description: '' } });
    const reversed = [...criteria].reverse().map((c) => c.id);
    ({ criteria } = await reorderCriteria({ db: t.db, clock, actor: siri, roundId, input: { ids: reversed } }));
    expect(criteria[0]).toMatchObject({ id: created.criterion.id, position: 1, title: 'Digital praksis', description: null });

    await deleteCriterion({ db: t.db, clock, actor: siri, roundId, id: created.criterion.id });
    ({ criteria } = await list(siri, roundId));
    expect(criteria.map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(criteria.map((c) => c.id)).not.toContain(created.criterion.id);

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, created.criterion.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'forum-criteria'), eq(auditLog.entityId, roundId)))).toHaveLength(1);
  });

  it('a reorder that leaves out a criterion (made from a stale page) is refused with 409', async () => {
    const { roundId } = await forumRound(t.db);
    const { criteria } = await list(siri, roundId);
    await expect(reorderCriteria({ db: t.db, clock, actor: siri, roundId, input: { ids: criteria.slice(1).map((c) => c.id) } })).rejects.toMatchObject({ status: 409 });
  });

  it('a criterion a member has scored cannot be deleted (409 naming it), and the scores stay', async () => {
    const { officeId, roundId, itemId } = await forumRound(t.db);
    const member = await addMember(t.db, { officeId, name: 'Kari Medlem', organisation: 'Utdanningsforbundet Troms' });
    const { criteria } = await list(siri, roundId);
    await saveMyReview({
      db: t.db,
      clock,
      actor: member.actor,
      itemId,
      input: { comment: null, baseVersion: 0, scores: [{ criterionId: criteria[3]!.id, score: 4, comment: null }, { criterionId: criteria[4]!.id, score: null, comment: null }] },
    });
    const refused = deleteCriterion({ db: t.db, clock, actor: siri, roundId, id: criteria[3]!.id });
    await expect(refused).rejects.toMatchObject({ status: 409 });
    await expect(refused).rejects.toThrow(/Samiske perspektiver/);
    // A blank line of a draft does not keep a criterion.
    await deleteCriterion({ db: t.db, clock, actor: siri, roundId, id: criteria[4]!.id });
    expect((await list(siri, roundId)).criteria.map((c) => c.id)).toContain(criteria[3]!.id);
  });

  it('the last criterion of a round cannot be deleted', async () => {
    const { roundId } = await forumRound(t.db);
    const { criteria } = await list(siri, roundId);
    for (const c of criteria.slice(1)) await deleteCriterion({ db: t.db, clock, actor: siri, roundId, id: c.id });
    await expect(deleteCriterion({ db: t.db, clock, actor: siri, roundId, id: criteria[0]!.id })).rejects.toMatchObject({ status: 409 });
    expect((await list(siri, roundId)).criteria).toHaveLength(1);
  });
});

describe('who reads and edits the criteria', () => {
  it('a forum member reads the criteria but cannot add, edit or delete one (403)', async () => {
    const { officeId, roundId } = await forumRound(t.db);
    const member = await addMember(t.db, { officeId, name: 'Mona Medlem', organisation: 'Harstad kommune' });
    const { criteria, mayEdit } = await list(member.actor, roundId);
    expect(criteria).toHaveLength(6);
    expect(mayEdit).toBe(false);
    await expect(createCriterion({ db: t.db, clock, actor: member.actor, roundId, input: { title: 'X' } })).rejects.toMatchObject({ status: 403 });
    await expect(updateCriterion({ db: t.db, clock, actor: member.actor, roundId, id: criteria[0]!.id, input: { title: 'X' } })).rejects.toMatchObject({ status: 403 });
    await expect(deleteCriterion({ db: t.db, clock, actor: member.actor, roundId, id: criteria[0]!.id })).rejects.toMatchObject({ status: 403 });
  });

  it('another office’s case officer and a partnership’s coordinator cannot read a round’s criteria (403)', async () => {
    const { roundId } = await forumRound(t.db);
    for (const key of ['saksbehandlerNordland', 'koordinator'] as const)
      await expect(list(await demoActor(t.db, key), roundId)).rejects.toMatchObject({ status: 403 });
  });

  it('an unknown round answers 404', async () => {
    await expect(list(siri, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 404 });
  });
});
