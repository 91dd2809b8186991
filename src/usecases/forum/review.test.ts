// A member's review and who sees the scores (issue 13, point 3 and the Must show): blind until one's own review is
// submitted; nothing for a recused member; side by side with the spread for the secretariat; no scoring by the
// secretariat or the admin; nothing for partnerships or another office.
//
// Attack (blind scoring): a member asks the API for the others' scores before submitting their own, to anchor on
// them. Victim: the members who scored independently. The answer must hold no other member's score or comment.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forumReview } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { addMember, addTopicItem, attend, decideItem, forumRound, recuse } from '../../test/forum-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { assessItem } from './assess-item.ts';
import { getItemScores } from './get-item-scores.ts';
import { getMyReview } from './get-my-review.ts';
import { listCriteria } from './list-criteria.ts';
import { saveMyReview } from './save-my-review.ts';
import { submitMyReview } from './submit-my-review.ts';

const clock = fixedClock('2030-01-10T09:00:00Z');
let t: TestDatabase;
let siri: Actor;
beforeAll(async () => {
  t = await createTestDatabase();
  siri = await demoActor(t.db, 'saksbehandler');
});
afterAll(() => t.close());

type Setup = Awaited<ReturnType<typeof setup>>;

/** A round's item with three members: Anne (Harstad), Bjørn (Utdanningsforbundet) and Unni (UiT, with a deputy). */
async function setup() {
  const round = await forumRound(t.db);
  const anne = await addMember(t.db, { officeId: round.officeId, name: 'Anne Eier', organisation: 'Harstad kommune' });
  const bjorn = await addMember(t.db, { officeId: round.officeId, name: 'Bjørn Forbund', organisation: 'Utdanningsforbundet Troms' });
  const unni = await addMember(t.db, { officeId: round.officeId, name: 'Unni UiT', organisation: 'UiT Norges arktiske universitet', deputyName: 'Vara Vik' });
  const { criteria } = await listCriteria({ db: t.db, clock, actor: siri, roundId: round.roundId });
  return { ...round, anne, bjorn, unni, criteria };
}

const ctx = (actor: Actor, itemId: string) => ({ db: t.db, clock, actor, itemId });
const scoresAll = (s: Setup, score: number, comment = 'Godt forankret') =>
  s.criteria.map((c, i) => ({ criterionId: c.id, score: i === 0 ? score : 3, comment: i === 0 ? comment : null }));

/** Saves a full review (on top of the actor's draft, if any) and submits it. */
async function review(s: Setup, actor: Actor, score: number, comment = 'Godt forankret', itemId = s.itemId) {
  const baseVersion = (await getMyReview(ctx(actor, itemId))).review?.version ?? 0;
  const saved = await saveMyReview({ ...ctx(actor, itemId), input: { comment: `Samlet: ${comment}`, scores: scoresAll(s, score, comment), baseVersion } });
  return submitMyReview({ ...ctx(actor, itemId), input: { baseVersion: saved.review!.version } });
}

describe('a member’s review', () => {
  it('is saved as a draft and read back; submitting it without every criterion scored names the missing criteria (400)', async () => {
    const s = await setup();
    const saved = await saveMyReview({
      ...ctx(s.anne.actor, s.itemId),
      input: { comment: 'Foreløpig', baseVersion: 0, scores: [{ criterionId: s.criteria[0]!.id, score: 4, comment: 'Bygger på KOSIP' }] },
    });
    expect(saved.review).toMatchObject({ memberName: 'Anne Eier', byDeputy: false, comment: 'Foreløpig', submittedAt: null, version: 1 });
    expect((await getMyReview(ctx(s.anne.actor, s.itemId))).review?.scores).toEqual([{ criterionId: s.criteria[0]!.id, score: 4, comment: 'Bygger på KOSIP' }]);

    const refused = submitMyReview({ ...ctx(s.anne.actor, s.itemId), input: { baseVersion: 1 } });
    await expect(refused).rejects.toMatchObject({ status: 400 });
    await expect(refused).rejects.toThrow(/Mangler poeng: «Kollektiv, barnehage- og skolebasert kompetanseutvikling», «Partnerskap med UH/);
    await refused.catch((e: { fieldErrors: { field: string }[] }) => expect(e.fieldErrors.map((f) => f.field)).toEqual(s.criteria.slice(1).map((c) => `scores.${c.id}`)));
  });

  it('a score outside 1–5 or for a criterion of another round is refused (400)', async () => {
    const s = await setup();
    const other = await setup();
    await expect(
      saveMyReview({ ...ctx(s.anne.actor, s.itemId), input: { comment: null, baseVersion: 0, scores: [{ criterionId: s.criteria[0]!.id, score: 6, comment: null }] } }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      saveMyReview({ ...ctx(s.anne.actor, s.itemId), input: { comment: null, baseVersion: 0, scores: [{ criterionId: other.criteria[0]!.id, score: 3, comment: null }] } }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('a save from a stale page is refused (409) rather than overwriting the newer draft', async () => {
    const s = await setup();
    const input = { comment: 'Første', baseVersion: 0, scores: [] };
    await saveMyReview({ ...ctx(s.anne.actor, s.itemId), input });
    await expect(saveMyReview({ ...ctx(s.anne.actor, s.itemId), input: { ...input, comment: 'Fra en annen fane' } })).rejects.toMatchObject({ status: 409 });
  });

  it('once submitted it cannot be changed (409), and the submission is audited', async () => {
    const s = await setup();
    const submitted = await review(s, s.anne.actor, 4);
    expect(submitted.review?.submittedAt).toBe('2030-01-10T09:00:00.000Z');
    await expect(
      saveMyReview({ ...ctx(s.anne.actor, s.itemId), input: { comment: 'Endret', baseVersion: submitted.review!.version, scores: [] } }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(submitMyReview({ ...ctx(s.anne.actor, s.itemId), input: { baseVersion: submitted.review!.version } })).rejects.toMatchObject({ status: 409 });
  });

  it('neither a review nor the assessment changes once the forum has decided the item (409)', async () => {
    const s = await setup();
    await decideItem(t.db, s.itemId);
    await expect(saveMyReview({ ...ctx(s.anne.actor, s.itemId), input: { comment: null, baseVersion: 0, scores: [] } })).rejects.toMatchObject({ status: 409 });
    await expect(assessItem({ ...ctx(siri, s.itemId), input: { assessment: 'For sent', expectedVersion: 1 } })).rejects.toMatchObject({ status: 409 });
  });

  it('a topic item (no application) has no review (400)', async () => {
    const s = await setup();
    const topic = await addTopicItem(t.db, s.meetingId);
    await expect(getMyReview(ctx(s.anne.actor, topic))).rejects.toMatchObject({ status: 400 });
  });
});

describe('blind scoring: who sees the others’ scores', () => {
  it('a member’s request for others’ scores before submitting their own returns none', async () => {
    const s = await setup();
    await review(s, s.anne.actor, 5, 'Anne mener dette er svært godt');
    await saveMyReview({ ...ctx(s.bjorn.actor, s.itemId), input: { comment: 'Bjørns utkast', baseVersion: 0, scores: [{ criterionId: s.criteria[0]!.id, score: 2, comment: null }] } });

    const before = await getItemScores(ctx(s.bjorn.actor, s.itemId));
    expect(before.othersShown).toBe(false);
    expect(before.reviews).toEqual([]);
    expect(before.spread).toEqual([]);
    expect(before.progress).toBeNull();
    expect(before.mine).toMatchObject({ memberName: 'Bjørn Forbund', comment: 'Bjørns utkast' });
    expect(JSON.stringify(before)).not.toContain('Anne');

    // Once his own is in, he sees Anne's beside his, with the spread.
    await review(s, s.bjorn.actor, 2, 'Bjørn er skeptisk');
    const after = await getItemScores(ctx(s.bjorn.actor, s.itemId));
    expect(after.othersShown).toBe(true);
    expect(after.reviews.map((r) => r.memberName)).toEqual(['Anne Eier', 'Bjørn Forbund']);
    expect(after.spread[0]).toEqual({ criterionId: s.criteria[0]!.id, count: 2, min: 2, max: 5, mean: 3.5 });
  });

  it('a member who has not begun gets only the criteria, and no one else’s scores', async () => {
    const s = await setup();
    await review(s, s.anne.actor, 5);
    const seen = await getItemScores(ctx(s.bjorn.actor, s.itemId));
    expect(seen).toMatchObject({ mine: null, othersShown: false, reviews: [], spread: [] });
    expect(seen.criteria).toHaveLength(6);
  });

  it('a recused member gets no scores or comments of the item and cannot score it (403)', async () => {
    const s = await setup();
    await review(s, s.anne.actor, 5, 'Kommentar Unni ikke skal se');
    await recuse(t.db, s.itemId, s.unni.memberId, { decision: 'confirmed' });
    const unni = s.unni.actor;
    await expect(getItemScores(ctx(unni, s.itemId))).rejects.toMatchObject({ status: 403 });
    await expect(getMyReview(ctx(unni, s.itemId))).rejects.toMatchObject({ status: 403 });
    await expect(saveMyReview({ ...ctx(unni, s.itemId), input: { comment: null, baseVersion: 0, scores: scoresAll(s, 5) } })).rejects.toMatchObject({ status: 403 });
    await expect(submitMyReview({ ...ctx(unni, s.itemId), input: { baseVersion: 0 } })).rejects.toMatchObject({ status: 403 });
  });

  it('a member whose recusal is proposed but not yet decided holds back too (403)', async () => {
    const s = await setup();
    await recuse(t.db, s.itemId, s.unni.memberId, { decision: 'pending' });
    await expect(getItemScores(ctx(s.unni.actor, s.itemId))).rejects.toMatchObject({ status: 403 });
  });

  it('a member recused after submitting no longer counts: neither the others nor the spread see that review', async () => {
    const s = await setup();
    await review(s, s.anne.actor, 5);
    await review(s, s.unni.actor, 1, 'Unni før inhabiliteten');
    await recuse(t.db, s.itemId, s.unni.memberId, { decision: 'confirmed' });
    const anne = await getItemScores(ctx(s.anne.actor, s.itemId));
    expect(anne.reviews.map((r) => r.memberName)).toEqual(['Anne Eier']);
    expect(anne.spread[0]).toMatchObject({ count: 1, min: 5, max: 5 });
    expect(JSON.stringify(anne)).not.toContain('Unni før inhabiliteten');
  });

  it('a deputy stepping in for a recused member writes into the member’s seat with their own person id, and starts afresh', async () => {
    const s = await setup();
    // Unni submitted before her recusal was proposed: the seat's review is in, but not the deputy's own.
    await review(s, s.unni.actor, 1, 'Unni før inhabiliteten');
    await recuse(t.db, s.itemId, s.unni.memberId, { decision: 'confirmed', deputyStepsIn: true });
    const vara = s.unni.deputy!.actor;

    const mine = await getMyReview(ctx(vara, s.itemId));
    expect(mine).toMatchObject({ memberId: s.unni.memberId, memberName: 'Unni UiT', byDeputy: true, review: null });
    // Before the deputy's own review is in, the member's submitted one does not let the deputy see the others.
    await review(s, s.anne.actor, 4);
    expect(await getItemScores(ctx(vara, s.itemId))).toMatchObject({ othersShown: false, reviews: [], spread: [] });

    await review(s, vara, 3, 'Varas vurdering');
    const [row] = await t.db.select().from(forumReview).where(eq(forumReview.memberId, s.unni.memberId));
    expect(row).toMatchObject({ personId: s.unni.deputy!.personId, comment: 'Samlet: Varas vurdering' });
    const seen = await getItemScores(ctx(siri, s.itemId));
    expect(seen.reviews.find((r) => r.memberId === s.unni.memberId)).toMatchObject({ memberName: 'Unni UiT', writtenByName: 'Vara Vik', byDeputy: true });
    expect(JSON.stringify(seen)).not.toContain('Unni før inhabiliteten');
  });

  it('a deputy attending in the member’s place scores for the member', async () => {
    const s = await setup();
    await attend(t.db, s.meetingId, s.unni.memberId, { present: true, byDeputy: true });
    const saved = await saveMyReview({ ...ctx(s.unni.deputy!.actor, s.itemId), input: { comment: 'Vara på møtet', baseVersion: 0, scores: [] } });
    expect(saved).toMatchObject({ memberId: s.unni.memberId, byDeputy: true });
  });
});

describe('the secretariat and others', () => {
  it('the secretariat sees every submitted review side by side with the spread, and how far each seat has come; drafts stay the writer’s', async () => {
    const s = await setup();
    await review(s, s.anne.actor, 5, 'Anne: sterk forankring');
    await review(s, s.bjorn.actor, 3, 'Bjørn: middels');
    await saveMyReview({ ...ctx(s.unni.actor, s.itemId), input: { comment: 'Unnis hemmelige utkast', baseVersion: 0, scores: [] } });

    const seen = await getItemScores(ctx(siri, s.itemId));
    expect(seen.mine).toBeNull();
    expect(seen.othersShown).toBe(true);
    expect(seen.reviews.map((r) => [r.memberName, r.organisationName, r.scores[0]!.score, r.scores[0]!.comment])).toEqual([
      ['Anne Eier', 'Harstad kommune', 5, 'Anne: sterk forankring'],
      ['Bjørn Forbund', 'Utdanningsforbundet Troms', 3, 'Bjørn: middels'],
    ]);
    expect(seen.spread.map((x) => [x.min, x.max, x.mean])).toEqual([[3, 5, 4], ...Array(5).fill([3, 3, 3])]);
    // The office's forum has the members of every test in this file; these three are this item's.
    const ours = new Set([s.anne.memberId, s.bjorn.memberId, s.unni.memberId]);
    expect(seen.progress?.filter((p) => ours.has(p.memberId)).map((p) => [p.memberName, p.status])).toEqual([
      ['Anne Eier', 'sendt'],
      ['Bjørn Forbund', 'sendt'],
      ['Unni UiT', 'utkast'],
    ]);
    expect(JSON.stringify(seen)).not.toContain('hemmelige');
  });

  it('the secretariat’s progress shows a recused seat as inhabil', async () => {
    const s = await setup();
    await recuse(t.db, s.itemId, s.unni.memberId);
    const seen = await getItemScores(ctx(siri, s.itemId));
    expect(seen.progress?.find((p) => p.memberId === s.unni.memberId)?.status).toBe('inhabil');
  });

  it('the secretariat cannot score', async () => {
    const s = await setup();
    await expect(getMyReview(ctx(siri, s.itemId))).rejects.toMatchObject({ status: 403 });
    await expect(saveMyReview({ ...ctx(siri, s.itemId), input: { comment: null, baseVersion: 0, scores: [] } })).rejects.toMatchObject({ status: 403 });
  });

  it('an admin cannot score, but reads the scores', async () => {
    const s = await setup();
    const admin = await demoActor(t.db, 'admin');
    await expect(saveMyReview({ ...ctx(admin, s.itemId), input: { comment: null, baseVersion: 0, scores: [] } })).rejects.toMatchObject({ status: 403 });
    await expect(submitMyReview({ ...ctx(admin, s.itemId), input: { baseVersion: 0 } })).rejects.toMatchObject({ status: 403 });
    await review(s, s.anne.actor, 4);
    expect((await getItemScores(ctx(admin, s.itemId))).reviews).toHaveLength(1);
  });

  it('a partnership’s coordinator, the office’s reader and another office’s case officer get no scores (403)', async () => {
    const s = await setup();
    await review(s, s.anne.actor, 4);
    for (const key of ['koordinator', 'uh', 'leser', 'saksbehandlerNordland'] as const)
      await expect(getItemScores(ctx(await demoActor(t.db, key), s.itemId))).rejects.toMatchObject({ status: 403 });
  });

  it('a member of another office’s forum gets nothing of this office’s item (403)', async () => {
    const s = await setup();
    const nordland = await addMember(t.db, { officeId: 'nordland', name: 'Nils Nordland', organisation: 'Nord universitet' });
    await expect(getItemScores(ctx(nordland.actor, s.itemId))).rejects.toMatchObject({ status: 403 });
    await expect(saveMyReview({ ...ctx(nordland.actor, s.itemId), input: { comment: null, baseVersion: 0, scores: [] } })).rejects.toMatchObject({ status: 403 });
  });
});

describe('the forum’s assessment', () => {
  it('the secretariat writes it, and it is shown with the scores; a stale save is refused (409)', async () => {
    const s = await setup();
    const saved = await assessItem({ ...ctx(siri, s.itemId), input: { assessment: 'Godt forankret i kartleggingen; budsjettet er realistisk.', expectedVersion: 1 } });
    expect(saved).toMatchObject({ itemId: s.itemId, version: 2 });
    expect((await getItemScores(ctx(siri, s.itemId))).assessment).toBe('Godt forankret i kartleggingen; budsjettet er realistisk.');
    await expect(assessItem({ ...ctx(siri, s.itemId), input: { assessment: 'Eldre side', expectedVersion: 1 } })).rejects.toMatchObject({ status: 409 });
  });

  it('a forum member cannot write the forum’s assessment (403)', async () => {
    const s = await setup();
    await expect(assessItem({ ...ctx(s.anne.actor, s.itemId), input: { assessment: 'Min egen', expectedVersion: 1 } })).rejects.toMatchObject({ status: 403 });
  });
});
