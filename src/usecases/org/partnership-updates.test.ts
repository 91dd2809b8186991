import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount, orgId, partnershipByName, personByEmail, SOR_TROMS } from '../../test/org-lookups.ts';
import { appError, demoOrgIds, partnershipForm, type DemoOrgIds } from '../../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getPartnership } from './get-partnership.ts';
import { setPartnershipEditors } from './set-partnership-editors.ts';
import { updatePartnership } from './update-partnership.ts';

let database: TestDatabase;
let ids: DemoOrgIds;
beforeAll(async () => {
  database = await createTestDatabase();
  ids = await demoOrgIds(database.db);
});
afterAll(() => database.close());

describe('editors and updates', () => {
  it('editors come only from member organisations; one audit row for the change', async () => {
    const actor = await demoActor(database.db, 'koordinator');
    const p = await partnershipByName(database.db, SOR_TROMS);
    const evenes = await personByEmail(database.db, 'eva.evenes@example.org');
    const nordreisa = await personByEmail(database.db, 'nils.nordreisa@example.org');
    const audits = await auditCount(database.db);
    const refused = await appError(setPartnershipEditors({ db: database.db, clock: systemClock, actor, id: p.id, input: { personIds: [evenes.id, nordreisa.id] } }));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.fieldErrors).toEqual([{ field: 'personIds.1', message: 'Nils Elvebakk hører ikke til en organisasjon i partnerskapet' }]);
    expect(await auditCount(database.db)).toBe(audits);

    const editors = await setPartnershipEditors({ db: database.db, clock: systemClock, actor, id: p.id, input: { personIds: [evenes.id] } });
    expect(editors).toEqual([{ personId: evenes.id, name: 'Eva Nordli', organisationName: 'Evenes kommune' }]);
    expect(await auditCount(database.db)).toBe(audits + 1);
  });

  it('an update replaces members and units in one audit row; an organisation that leaves takes its editors along', async () => {
    const actor = await demoActor(database.db, 'saksbehandler');
    const p = await partnershipByName(database.db, SOR_TROMS);
    const harstadEditor = await personByEmail(database.db, 'hanne.harstad@example.org');
    const detail = await getPartnership({ db: database.db, clock: systemClock, actor, id: p.id });
    await setPartnershipEditors({ db: database.db, clock: systemClock, actor, id: p.id, input: { personIds: [harstadEditor.id] } });
    const rsk = await orgId(database.db, 'Region Sør-Troms');
    const members = [
      { organisationId: rsk, role: 'owner' },
      { organisationId: ids.kvafjord, role: 'owner' },
      { organisationId: ids.uit, role: 'uh' },
    ];
    const input = {
      ...partnershipForm(ids, { name: detail.name, applicantId: rsk, payeeId: rsk, coordinatorPersonId: detail.coordinatorPersonId, members }),
      expectedVersion: detail.version,
    };
    const audits = await auditCount(database.db);
    const updated = await updatePartnership({ db: database.db, clock: systemClock, actor, id: p.id, input });
    expect(updated.members).toHaveLength(3);
    expect(updated.editors).toEqual([]);
    expect(await auditCount(database.db)).toBe(audits + 1);
    const [row] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, p.id)).orderBy(auditLog.id).then((r) => r.slice(-1));
    const before = row!.before as { members: unknown[]; units: unknown[]; editors: string[] };
    const after = row!.after as { members: unknown[]; units: unknown[]; editors: string[] };
    expect(before.members.length).toBeGreaterThan(3);
    expect(after.members).toHaveLength(3);
    expect(after.units).toHaveLength(1);
    expect([before.editors, after.editors]).toEqual([[harstadEditor.id], []]);

    const stale = await appError(updatePartnership({ db: database.db, clock: systemClock, actor, id: p.id, input }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('a granted editor edits the content but cannot make themselves coordinator', async () => {
    const editor = await demoActor(database.db, 'koordinatorHarstad');
    const p = await partnershipByName(database.db, 'Kompetanseløftet Nord-Troms');
    const staff = await demoActor(database.db, 'saksbehandler');
    const detail = await getPartnership({ db: database.db, clock: systemClock, actor: staff, id: p.id });
    const members = detail.members.map(({ organisationId, role }) => ({ organisationId, role }));
    // Harstad joins as an owner and its coordinator gets edit rights.
    const base = { ...partnershipForm(ids, { name: detail.name, applicantId: detail.applicantId, payeeId: detail.payeeId, coordinatorPersonId: detail.coordinatorPersonId, units: [] }) };
    const joined = await updatePartnership({
      db: database.db,
      clock: systemClock,
      actor: staff,
      id: p.id,
      input: { ...base, members: [...members, { organisationId: ids.harstad, role: 'owner' }], expectedVersion: detail.version },
    });
    await setPartnershipEditors({ db: database.db, clock: systemClock, actor: staff, id: p.id, input: { personIds: [editor.personId] } });

    const renamed = await updatePartnership({ db: database.db, clock: systemClock, actor: editor, id: p.id, input: { ...base, members: joined.members, name: 'Nord-Troms (nytt navn)', expectedVersion: joined.version } });
    expect(renamed.name).toBe('Nord-Troms (nytt navn)');
    const takeover = await appError(
      updatePartnership({ db: database.db, clock: systemClock, actor: editor, id: p.id, input: { ...base, members: joined.members, coordinatorPersonId: editor.personId, expectedVersion: renamed.version } }),
    );
    expect(takeover.code).toBe('FORBIDDEN');
    expect(takeover.fieldErrors.map((e) => e.field)).toEqual(['coordinatorPersonId']);
  });
});
