// Regression (issue 10, point 1): A NEW DATABASE COLUMN LEAKED INTO THE API UNTYPED. `roundOut` spread whole rows, so
// any column added later went out in every answer, and zod objects strip unknown keys silently. Now every answer goes
// through its endpoint's strict schema: here a route that spreads the real region row (with the bookkeeping columns
// the contract does not name) answers 500 and says which keys, and the same route with the view answers 200.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRegion, listRegions } from '../../db/region-repository.ts';
import { referenceContract } from '../../domain/reference/contract.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { regionOut } from '../../views/reference/reference-view.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { renderMessages, ResponseContractError, route, serialize } from './route.ts';

let database: TestDatabase;
let regionId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  regionId = (await listRegions(database.db))[0]!.id;
});
afterAll(() => database.close());

async function appAnswering(answer: () => Promise<unknown>) {
  const errors: unknown[] = [];
  const app = Fastify();
  app.setErrorHandler((error, _request, reply) => {
    errors.push(error);
    return reply.status(500).send({ error: { code: 'INTERNAL' } });
  });
  // The answer is deliberately untyped here: the compile-time check is what a spread slips past.
  route(app, referenceContract.getRegion, (async () => answer()) as never);
  await app.ready();
  const res = await app.inject({ method: 'GET', url: `/api/regions/${regionId}` });
  await app.close();
  return { res, errors };
}

describe('an answer goes out only as its contract says', () => {
  it('a route that spreads a database row (with columns the contract does not name) fails, naming the keys', async () => {
    const { res, errors } = await appAnswering(async () => ({ region: { ...(await findRegion(database.db, regionId))!, allowed: ['read'] } }));
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('createdAt');
    expect(errors[0]).toBeInstanceOf(ResponseContractError);
    expect(String((errors[0] as Error).message)).toMatch(/GET \/api\/regions\/:id.*region: unrecognized_keys createdAt,updatedAt/);
  });

  it('the same route through the view answers exactly the contract', async () => {
    const { res } = await appAnswering(async () => ({ region: { ...regionOut((await findRegion(database.db, regionId))!), allowed: ['read'] } }));
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().region).sort()).toEqual(['allowed', 'description', 'id', 'municipalities', 'name', 'officeId', 'version']);
  });

  it('a key deep inside (a municipality of the region) fails as well, and a missing one', () => {
    const region = { id: 'r', name: 'R', officeId: null, description: null, version: 1, allowed: ['read'] };
    expect(() => serialize(referenceContract.getRegion, { region: { ...region, municipalities: [{ number: '5501', name: 'Tromsø', county: '55' }] } }))
      .toThrow(/region\.municipalities\.0: unrecognized_keys county/);
    expect(() => serialize(referenceContract.getRegion, { region })).toThrow(/region\.municipalities: invalid_type/);
  });
});

describe('messages in an answer', () => {
  it('are said in the reader’s language, at any depth; other text is left alone', () => {
    const answer = { validation: { issues: [{ key: 's1.tema', message: msg('shared.required', { label: 'Tema' }) }] }, name: 'Sør-Troms' };
    expect(renderMessages(answer, 'nn')).toEqual({ validation: { issues: [{ key: 's1.tema', message: 'Tema må fyllast ut' }] }, name: 'Sør-Troms' });
    expect(renderMessages(answer, 'nb')).toMatchObject({ validation: { issues: [{ message: 'Tema må fylles ut' }] } });
  });
});
