// Security regression (issue 8, finding 4): EXTENSION REASONS LEAK.
// Attack: any logged-in user (here the coordinator of Nord-Troms) opens a round and reads the free-text reason the
// office wrote when it gave another partnership (Sør-Troms, the victim) a later deadline — often a matter of health.
// Now a reason is shown only to the office (its case officers, admins) and to the partnership concerned (its
// coordinator, editors and member organisations). The office's forum and readers see that an extension exists, not
// why; anybody else sees only their own partnerships' extensions. The office still sees every reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor, type DemoActorKey } from '../../test/actors.ts';
import { openRound } from '../../test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestApp, loginAs, type TestApp } from '../../test/test-app.ts';
import { getRound } from './get-round.ts';
import { grantExtension } from './grant-extension.ts';

const NORD_TROMS = 'Kompetanseløftet Nord-Troms';
const SOR_TROMS_REASON = 'Prosjektleder er sykmeldt etter en operasjon';
const NORD_TROMS_REASON = 'Koordinatoren har vært innlagt på sykehus';
const clock = fixedClock('2072-12-03T09:00:00Z');

let t: TestApp;
let roundId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const siri = await demoActor(db, 'saksbehandler');
  roundId = (await openRound(db, siri, 2073)).id;
  for (const [name, reason] of [[SOR_TROMS, SOR_TROMS_REASON], [NORD_TROMS, NORD_TROMS_REASON]] as const) {
    const p = await partnershipByName(db, name);
    await grantExtension({ db, actor: siri, clock, roundId, input: { partnershipId: p.id, untilLocal: '2072-12-20T12:00:00', reason } });
  }
});
afterAll(() => t.close());

/** The extensions as the actor sees them: partnership name → reason (null when the reason is kept back). */
async function extensionsSeenBy(actor: Actor) {
  const round = await getRound({ db: t.database.db, actor, clock, id: roundId });
  return Object.fromEntries(round.extensions.map((e) => [e.partnershipName, e.reason]));
}
const seenBy = async (key: DemoActorKey) => extensionsSeenBy(await demoActor(t.database.db, key));

describe('Finding 4: who sees the reason for an extension', () => {
  it('Finding 4: over HTTP, another partnership’s coordinator gets neither the reason nor the extension', async () => {
    const nils = await loginAs(t.app, 'koordinatorNordreisa', t.database.db);
    const res = await nils.get(`/api/behovsmelding/rounds/${roundId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(SOR_TROMS_REASON);
    expect(res.body).not.toContain(SOR_TROMS);
    // His own partnership's extension, reason included.
    expect(res.json().round.extensions).toMatchObject([{ partnershipName: NORD_TROMS, reason: NORD_TROMS_REASON }]);
  });

  it('Finding 4: a coordinator sees the reason of their own partnership’s extension, not another partnership’s', async () => {
    expect(await seenBy('koordinator')).toEqual({ [SOR_TROMS]: SOR_TROMS_REASON });
    expect(await seenBy('koordinatorNordreisa')).toEqual({ [NORD_TROMS]: NORD_TROMS_REASON });
  });

  it('Finding 4: a member organisation’s contact (UiT, in both partnerships) sees both reasons', async () => {
    expect(await seenBy('uh')).toEqual({ [NORD_TROMS]: NORD_TROMS_REASON, [SOR_TROMS]: SOR_TROMS_REASON });
  });

  it('Finding 4: the office’s case officers and admins see every reason (the round page shows them to staff)', async () => {
    const all = { [NORD_TROMS]: NORD_TROMS_REASON, [SOR_TROMS]: SOR_TROMS_REASON };
    expect(await seenBy('saksbehandler')).toEqual(all);
    expect(await seenBy('admin')).toEqual(all);
  });

  it('Finding 4: the forum and readers see that extensions were given, without the reasons', async () => {
    const withoutReasons = { [NORD_TROMS]: null, [SOR_TROMS]: null };
    expect(await seenBy('forum')).toEqual(withoutReasons);
    expect(await seenBy('leser')).toEqual(withoutReasons);
  });

  it('Finding 4: people with no part in the round’s partnerships see no extensions at all', async () => {
    expect(await seenBy('studiesenter')).toEqual({});
    expect(await seenBy('saksbehandlerNordland')).toEqual({});
    expect(await seenBy('koordinatorHarstad')).toEqual({ [SOR_TROMS]: SOR_TROMS_REASON });
  });
});
