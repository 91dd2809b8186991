// The review over HTTP (issue 13, point 3): blind scoring holds in the API's answer itself, and a review submitted
// with criteria unscored is refused with a message naming them, in the reader's language.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUser, forumMember, person } from '../../../db/schema/index.ts';
import { fixedClock } from '../../../domain/shared/clock.ts';
import { DEMO_EMAIL } from '../../../test/actors.ts';
import { addMember, forumRound } from '../../../test/forum-fixture.ts';
import { createTestApp, loginAs, type TestApp, type TestClient } from '../../../test/test-app.ts';
import { getMyReview } from '../../../usecases/forum/get-my-review.ts';
import { saveMyReview } from '../../../usecases/forum/save-my-review.ts';
import { submitMyReview } from '../../../usecases/forum/submit-my-review.ts';

const clock = fixedClock('2030-01-10T09:00:00Z');
const ANNE_SAYS = 'Anne: svært godt forankret i KOSIP';
let t: TestApp;
let frode: TestClient;
let itemId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const round = await forumRound(db);
  itemId = round.itemId;
  // Frode (the demo forum user) sits in the office's forum; Anne has scored and submitted.
  const [user] = await db.select().from(appUser).where(eq(appUser.email, DEMO_EMAIL.forum));
  const [p] = await db.select().from(person).where(eq(person.id, user!.personId));
  await db.insert(forumMember).values({ officeId: round.officeId, personId: p!.id, organisationId: p!.organisationId, category: 'arbeidstakerorganisasjon', termFrom: '2000-01-01' });
  const anne = await addMember(db, { officeId: round.officeId, name: 'Anne Eier', organisation: 'Harstad kommune' });
  const { criteria } = await getMyReview({ db, clock, actor: anne.actor, itemId });
  const scores = criteria.map((c) => ({ criterionId: c.id, score: 5, comment: ANNE_SAYS }));
  const saved = await saveMyReview({ db, clock, actor: anne.actor, itemId, input: { comment: ANNE_SAYS, scores, baseVersion: 0 } });
  await submitMyReview({ db, clock, actor: anne.actor, itemId, input: { baseVersion: saved.review!.version } });
  frode = await loginAs(t.app, 'forum', db);
});
afterAll(() => t.close());

describe('the review over HTTP', () => {
  it('a member’s request for others’ scores before submitting their own returns none', async () => {
    const res = await frode.get(`/api/forum/items/${itemId}/scores`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ othersShown: false, reviews: [], spread: [], mine: null });
    expect(res.body).not.toContain(ANNE_SAYS);
    expect(res.body).not.toContain('Anne Eier');
  });

  it('submitting with criteria unscored is a 400 naming them, in nynorsk for a nynorsk reader', async () => {
    const { criteria } = (await frode.get(`/api/forum/items/${itemId}/review`)).json() as { criteria: { id: string; title: string }[] };
    const saved = await frode.put(`/api/forum/items/${itemId}/review`, { comment: null, baseVersion: 0, scores: [{ criterionId: criteria[0]!.id, score: 3, comment: null }] });
    expect(saved.statusCode).toBe(200);
    const nb = await frode.post(`/api/forum/items/${itemId}/review/submit`, { baseVersion: 1 });
    expect(nb.statusCode).toBe(400);
    expect(nb.json().error.message).toContain('Mangler poeng: «Kollektiv, barnehage- og skolebasert kompetanseutvikling»');
    expect(nb.json().error.message).not.toContain(criteria[0]!.title);
    const nn = await frode.request('POST', `/api/forum/items/${itemId}/review/submit`, { baseVersion: 1 }, { 'accept-language': 'nn' });
    expect(nn.json().error.message).toContain('Manglar poeng');
  });

  it('once his own is in, the same request shows Anne’s review beside his', async () => {
    const mine = (await frode.get(`/api/forum/items/${itemId}/review`)).json() as { criteria: { id: string }[]; review: { version: number } };
    const scores = mine.criteria.map((c) => ({ criterionId: c.id, score: 3, comment: null }));
    const saved = await frode.put(`/api/forum/items/${itemId}/review`, { comment: 'Frode', baseVersion: mine.review.version, scores });
    expect((await frode.post(`/api/forum/items/${itemId}/review/submit`, { baseVersion: saved.json().review.version })).statusCode).toBe(200);
    const res = await frode.get(`/api/forum/items/${itemId}/scores`);
    expect(res.json()).toMatchObject({ othersShown: true });
    expect(res.body).toContain(ANNE_SAYS);
    expect(res.json().spread[0]).toMatchObject({ count: 2, min: 3, max: 5, mean: 4 });
  });
});
