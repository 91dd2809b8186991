// The one co-edited field store (versioned-fields.ts) through both of its clients' repositories, on a real database:
// the behovsmelding's fields and a questionnaire response's answers keep the same rules of co-editing — the first save
// at base 0 wins, a second save from the same base loses and leaves no change row, the cursor returns what changed,
// and the history is newest first.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { demoActor } from '../test/actors.ts';
import type { Db, DbOrTx } from './client.ts';
import { behovsmelding } from './schema/index.ts';
import { fieldHistory, fieldsChangedSince, findField, latestChangeId, saveFieldIfUnchanged } from './behovsmelding-field-repository.ts';
import { answerHistory, answersChangedSince, findAnswerField, latestAnswerChangeId, saveAnswerIfUnchanged } from './questionnaire-field-repository.ts';
import { insertResponse } from './questionnaire-response-repository.ts';
import type { Actor } from '../domain/access/roles.ts';

/** The co-edited survey the demo seed publishes (src/seed/demo-questionnaire.ts; db tests may not import the seed). */
const DEMO_QUESTIONNAIRE_ID = 'kartlegging-demo';

let database: TestDatabase;
let db: Db;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  actor = await demoActor(db, 'koordinator');
});
afterAll(() => database?.close());

type Save = { key: string; value: unknown; baseVersion: number; at: Date };
type Row = { key: string; value: unknown; version: number; changeId: number; updatedByName: string };

/** One client of the store, seen through its repository's own functions. */
type Client = {
  name: string;
  owner: () => Promise<string>;
  save: (tx: DbOrTx, owner: string, input: Save) => Promise<Row | undefined>;
  find: (db: DbOrTx, owner: string, key: string) => Promise<Row | undefined>;
  latest: (db: DbOrTx, owner: string) => Promise<number>;
  changedSince: (db: DbOrTx, owner: string, since: number) => Promise<Row[]>;
  history: (db: DbOrTx, owner: string, key?: string) => Promise<{ id: number; key: string; value: unknown; version: number }[]>;
};

const clients: Client[] = [
  {
    name: 'behovsmelding',
    // A demo application: its own fields are left alone, the test uses keys of its own.
    owner: async () => (await db.select({ id: behovsmelding.id }).from(behovsmelding).limit(1))[0]!.id,
    save: (tx, applicationId, input) => saveFieldIfUnchanged(tx, { ...input, applicationId, actor, checkedCatalogueVersion: 7 }),
    find: findField,
    latest: latestChangeId,
    changedSince: fieldsChangedSince,
    history: fieldHistory,
  },
  {
    name: 'questionnaire',
    owner: async () =>
      (
        await insertResponse(db, {
          questionnaireId: DEMO_QUESTIONNAIRE_ID,
          questionnaireVersion: 1,
          subject: 'Versjonerte felt',
          createdByUserId: actor.userId,
          createdByName: actor.name,
          editorUserIds: [],
          at: new Date('2031-01-01T00:00:00Z'),
        })
      ).id,
    save: (tx, responseId, input) => saveAnswerIfUnchanged(tx, { ...input, responseId, actor }),
    find: findAnswerField,
    latest: latestAnswerChangeId,
    changedSince: answersChangedSince,
    history: answerHistory,
  },
];

const LOST = new Error('lost the race');

/** A save as the use cases make it: in a transaction that is rolled back (409) when the save loses. */
async function saveInTransaction(client: Client, owner: string, input: Save): Promise<Row | undefined> {
  try {
    return await db.transaction(async (tx) => {
      const saved = await client.save(tx, owner, input);
      if (!saved) throw LOST;
      return saved;
    });
  } catch (e) {
    if (e === LOST) return undefined;
    throw e;
  }
}

describe.each(clients)('the co-edited field store of the $name', (client) => {
  it('lets one save per base version win, leaves no change row for the loser, polls by cursor and lists newest first', async () => {
    const owner = await client.owner();
    const key = `test.${client.name}`;
    const at = (minute: number) => new Date(`2031-01-02T10:0${minute}:00Z`);
    const cursor = await client.latest(db, owner);

    const first = await saveInTransaction(client, owner, { key, value: 'første', baseVersion: 0, at: at(1) });
    expect(first).toMatchObject({ key, value: 'første', version: 1, updatedByName: actor.name });
    expect(first!.changeId).toBeGreaterThan(cursor);
    // The same base again: the field row exists, the insert matches nothing.
    expect(await saveInTransaction(client, owner, { key, value: 'taper', baseVersion: 0, at: at(2) })).toBeUndefined();

    const second = await saveInTransaction(client, owner, { key, value: 'andre', baseVersion: 1, at: at(3) });
    expect(second).toMatchObject({ value: 'andre', version: 2 });
    // The same base again: the field is at version 2 now, the update matches nothing.
    expect(await saveInTransaction(client, owner, { key, value: 'taper', baseVersion: 1, at: at(4) })).toBeUndefined();
    expect(await client.find(db, owner, key)).toMatchObject({ value: 'andre', version: 2, changeId: second!.changeId });

    const other = await saveInTransaction(client, owner, { key: `${key}.annen`, value: 3, baseVersion: 0, at: at(5) });
    const changed = await client.changedSince(db, owner, cursor);
    expect(changed.map((r) => [r.key, r.value, r.version])).toEqual([
      [key, 'andre', 2],
      [`${key}.annen`, 3, 1],
    ]);
    expect((await client.changedSince(db, owner, second!.changeId)).map((r) => r.key)).toEqual([`${key}.annen`]);
    expect(await client.changedSince(db, owner, other!.changeId)).toEqual([]);
    expect(await client.latest(db, owner)).toBe(other!.changeId);

    // Only the winners are in the history: the losers' change rows went with their transactions.
    expect((await client.history(db, owner, key)).map((c) => [c.id, c.value, c.version])).toEqual([
      [second!.changeId, 'andre', 2],
      [first!.changeId, 'første', 1],
    ]);
    expect((await client.history(db, owner)).slice(0, 3).map((c) => c.key)).toEqual([`${key}.annen`, key, key]);
  });
});

it('writes the behovsmelding’s own columns of the field row with every save', async () => {
  const owner = await clients[0]!.owner();
  const saved = await saveFieldIfUnchanged(db, {
    applicationId: owner,
    key: 'test.extra',
    value: 'x',
    baseVersion: 0,
    actor,
    at: new Date('2031-01-03T00:00:00Z'),
    checkedCatalogueVersion: 7,
  });
  expect(saved).toMatchObject({ checkedCatalogueVersion: 7, invalidMessage: null });
  // An invalid verdict left by an older catalogue check is cleared by the next save.
  await db.execute(sql`update behovsmelding_field set invalid_message = 'gammel' where application_id = ${owner} and key = 'test.extra'`);
  const at = new Date('2031-01-03T00:01:00Z');
  const again = await saveFieldIfUnchanged(db, { applicationId: owner, key: 'test.extra', value: 'y', baseVersion: 1, actor, at, checkedCatalogueVersion: 8 });
  expect(again).toMatchObject({ version: 2, checkedCatalogueVersion: 8, invalidMessage: null });
});
