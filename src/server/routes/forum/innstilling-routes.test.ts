// The innstilling over HTTP (issue 13, points 4–6): a member votes, the secretariat records the item and adopts the
// innstilling, the innstilling downloads as PDF and DOCX, and the coordinator's application then says 'innstilt'
// with its own amounts and the forum's assessment — and nothing of members' scores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertApplication, insertItem, insertMeeting, insertMember, insertRound, insertScenario } from '../../../test/forum-innstilling-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../../test/org-lookups.ts';
import { createTestApp, loginAs, type TestApp } from '../../../test/test-app.ts';

const YEAR = 2081;
let t: TestApp;
let ids: { roundId: string; meetingId: string; itemId: string; appId: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const round = await insertRound(db, YEAR);
  const sorTroms = await partnershipByName(db, SOR_TROMS);
  const app = await insertApplication(db, { roundId: round.id, partnershipId: sorTroms.id, year: YEAR, ownerKr: 100_000, uhKr: 50_000 });
  const frode = await insertMember(db, 'frode.forum@example.org');
  const meeting = await insertMeeting(db, { roundId: round.id, startsAtLocal: `${YEAR}-02-01T10:00:00`, present: [frode.id] });
  const item = await insertItem(db, { meetingId: meeting.id, position: 1, applicationId: app.id, title: SOR_TROMS, assessment: 'Forankret i lokale behov.' });
  const uit = await orgId(db, UIT);
  await insertScenario(db, {
    roundId: round.id,
    applications: [{ applicationId: app.id, priority: 1 }],
    lines: [
      { applicationId: app.id, year: YEAR, recipient: 'owner', amountKr: 100_000 },
      { applicationId: app.id, year: YEAR, recipient: 'uh', recipientOrgId: uit, amountKr: 50_000 },
      { applicationId: app.id, year: YEAR + 1, recipient: 'owner', amountKr: 90_000 },
    ],
  });
  ids = { roundId: round.id, meetingId: meeting.id, itemId: item.id, appId: app.id };
});
afterAll(() => t.close());

describe('the innstilling over HTTP', () => {
  it('a member votes, the secretariat records the item and adopts; PDF and DOCX download; the coordinator sees innstilt', async () => {
    const db = t.database.db;
    const frode = await loginAs(t.app, 'forum', db);
    const siri = await loginAs(t.app, 'saksbehandler', db);
    const ola = await loginAs(t.app, 'koordinator', db);

    expect((await frode.put(`/api/forum/items/${ids.itemId}/vote`, { option: 'for' })).statusCode).toBe(200);
    expect((await siri.put(`/api/forum/items/${ids.itemId}/vote`, { option: 'for' })).statusCode).toBe(403);
    const decided = await siri.post(`/api/forum/items/${ids.itemId}/decision`, { kind: 'vote', dissent: 'Ingen' });
    expect(decided.statusCode).toBe(201);
    expect(decided.json()).toMatchObject({ decision: { kind: 'vote', counts: { for: 1, mot: 0, avstår: 0 } } });

    expect((await frode.post(`/api/forum/rounds/${ids.roundId}/innstilling/adopt`, { meetingId: ids.meetingId })).statusCode).toBe(403);
    const adopted = await siri.post(`/api/forum/rounds/${ids.roundId}/innstilling/adopt`, { meetingId: ids.meetingId });
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({ innstilling: { state: 'vedtatt' }, problems: [] });

    const pdf = await frode.get(`/api/forum/rounds/${ids.roundId}/innstilling.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await siri.get(`/api/forum/rounds/${ids.roundId}/innstilling.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await ola.get(`/api/forum/rounds/${ids.roundId}/innstilling`)).statusCode).toBe(403);

    const view = await ola.get(`/api/behovsmelding/applications/${ids.appId}`);
    expect(view.statusCode).toBe(200);
    const { forum } = (view.json() as { application: { forum: { status: string; outcome: { totalKr: number; assessment: string; split: { year: number; provisional: boolean }[] } } } }).application;
    expect(forum).toMatchObject({ status: 'innstilt', outcome: { totalKr: 240_000, assessment: 'Forankret i lokale behov.' } });
    expect(forum.outcome.split.map((y) => [y.year, y.provisional])).toEqual([
      [YEAR, false],
      [YEAR + 1, true],
    ]);
    expect(view.body).not.toMatch(/score|dissent/i);
  });
});
