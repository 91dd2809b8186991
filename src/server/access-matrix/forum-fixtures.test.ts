// The forum fixture of the access matrix says what the forum rows rely on: the 'forum' actor is a serving member of
// the own office's forum, present at the own meeting, and no member at the other office.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadItem } from '../../loaders/forum/load-item.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { loadFixtures, type Fixtures } from './fixtures.ts';
import { forumFixtures, matrixForumItem } from './forum-fixtures.ts';

let t: TestDatabase;
let fx: Fixtures;
beforeAll(async () => {
  t = await createTestDatabase();
  fx = await loadFixtures(t.db);
});
afterAll(() => t.close());

describe('the access matrix forum fixture', () => {
  it('makes the forum actor a present member on the own item and nobody on the other office item, the same ids on every call', async () => {
    const f = await forumFixtures(t.db, fx);
    expect(await forumFixtures(t.db, fx)).toEqual(f);
    const own = await loadItem(t.db, f.itemId.own);
    expect(own.facts.resource.scorerPersonIds).toEqual([f.personId]);
    expect(own.facts.resource.voterPersonIds).toEqual([f.personId]);
    expect(own.facts.resource.quorate).toBe(true);
    const other = await loadItem(t.db, f.itemId.other);
    expect(other.meeting.officeId).toBe(fx.office.other);
    expect(other.facts.resource.memberPersonIds).toEqual([]);
    const fresh = await loadItem(t.db, await matrixForumItem(t.db, fx, 'own'));
    expect(fresh.item.applicationId).toBe(f.applicationId.own);
  });
});
