// The utbetaling fixture of the access matrix says what the money rows rely on: per office an accepted tilsagn with an
// approved plan (owner paid out to an account), one accepted without a plan, one awaiting acceptance without lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { loadFixtures, type Fixtures } from './fixtures.ts';
import { payableLines, utbetalingFixtures } from './utbetaling-fixtures.ts';

let t: TestDatabase;
let fx: Fixtures;
beforeAll(async () => {
  t = await createTestDatabase();
  fx = await loadFixtures(t.db);
});
afterAll(() => t.close());

describe('the access matrix utbetaling fixture', () => {
  it('gives each office an approved plan with payable owner lines, an unplanned acceptance and one awaiting, a waiting account change, the same ids on every call', async () => {
    const f = await utbetalingFixtures(t.db, fx);
    expect(await utbetalingFixtures(t.db, fx)).toEqual(f);
    for (const tenancy of ['own', 'other'] as const) {
      expect(f.planned[tenancy].partnershipId).toBe(fx.partnership('saksbehandler', tenancy));
      expect(f.planned[tenancy].lines.length).toBeGreaterThan(0);
      expect(payableLines(f.planned[tenancy]).filter((l) => l.recipient === 'owner').length).toBe(tenancy === 'own' ? 3 : 2);
      expect(f.accepted[tenancy].lines).toEqual([]);
      expect(f.awaiting[tenancy].lines).toEqual([]);
      expect(f.pendingChange[tenancy]).toMatchObject({ id: expect.any(String), version: 1 });
    }
  });
});
