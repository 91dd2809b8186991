// Recipients' profiles and the office's letter settings (issue 14 point 2), on a real database: no row reads as the
// defaults; the organisation's own office's case officers keep its profile (first save creates it, later saves name
// their version, each write audited); another office's case officer is refused; bad input is a 400 naming the field
// in Norwegian; the office's list shows every organisation of its partnerships with the language its letter gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, recipientProfile } from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount, orgId, UIT } from '../../test/org-lookups.ts';
import { appError } from '../../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getRecipientProfile } from './get-recipient-profile.ts';
import { getTilsagnSettings } from './get-tilsagn-settings.ts';
import { listRecipientProfiles } from './list-recipient-profiles.ts';
import { updateRecipientProfile } from './update-recipient-profile.ts';
import { updateTilsagnSettings } from './update-tilsagn-settings.ts';

const TF = 'troms-og-finnmark';
const clock = fixedClock('2031-02-03T09:00:00Z');
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  // The demo records profiles of its own (src/seed/demo-tilsagn/recipients.ts): these tests start from none.
  await database.db.delete(recipientProfile);
});
afterAll(() => database.close());

describe('recipient profiles', () => {
  it('reads the defaults until the office records a profile, then keeps it with its version and an audit row each save', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const kvafjord = await orgId(db, 'Kvæfjord kommune');
    expect(await getRecipientProfile({ db, actor: siri, organisationId: kvafjord })).toEqual({
      profile: { organisationId: kvafjord, organisationName: 'Kvæfjord kommune', officeId: TF, receipt: 'utbetaling', writtenStandard: 'noytral', samiLanguage: null, version: 0 },
      allowed: ['read', 'edit'],
    });

    const audits = await auditCount(db);
    const first = await updateRecipientProfile({ db, actor: siri, clock, organisationId: kvafjord, input: { receipt: 'utbetaling', writtenStandard: 'nynorsk' } });
    expect(first.profile).toMatchObject({ writtenStandard: 'nynorsk', samiLanguage: null, version: 1 });
    const second = await updateRecipientProfile({ db, actor: siri, clock, organisationId: kvafjord, input: { receipt: 'utbetaling', writtenStandard: 'bokmal', samiLanguage: 'se', expectedVersion: 1 } });
    expect(second.profile).toMatchObject({ writtenStandard: 'bokmal', samiLanguage: 'se', version: 2 });
    expect(await auditCount(db)).toBe(audits + 2);
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.entityType, 'recipient-profile'), eq(auditLog.entityId, kvafjord)));
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'update']);

    // Someone saved in between: the stale version is refused, and nothing changes.
    expect((await appError(updateRecipientProfile({ db, actor: siri, clock, organisationId: kvafjord, input: { receipt: 'utbetaling', writtenStandard: 'nynorsk', expectedVersion: 1 } }))).code).toBe('CONFLICT');
    expect((await getRecipientProfile({ db, actor: siri, organisationId: kvafjord })).profile).toMatchObject({ writtenStandard: 'bokmal', version: 2 });
  });

  it('refuses bad input with a 400 whose Norwegian message names the field', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const skjervoy = await orgId(db, 'Skjervøy kommune');
    const audits = await auditCount(db);
    const error = await appError(updateRecipientProfile({ db, actor: siri, clock, organisationId: skjervoy, input: { receipt: 'kontant', writtenStandard: 'nynorsk', samiLanguage: 'fi' } }));
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual([
      { field: 'receipt', message: 'Mottak av midler: velg utbetaling eller statlig overføring' },
      { field: 'samiLanguage', message: 'Samisk språk: velg nordsamisk, lulesamisk, sørsamisk eller ingen' },
    ]);
    expect(await auditCount(db)).toBe(audits);
    expect((await getRecipientProfile({ db, actor: siri, organisationId: skjervoy })).profile.version).toBe(0);
  });

  it('is kept by the organisation’s own office: another office’s case officer, the forum and the partnership are refused', async () => {
    const db = database.db;
    const lyngen = await orgId(db, 'Lyngen kommune');
    const input = { receipt: 'utbetaling', writtenStandard: 'nynorsk' };
    const nora = await demoActor(db, 'saksbehandlerNordland');
    const refused = await appError(updateRecipientProfile({ db, actor: nora, clock, organisationId: lyngen, input }));
    expect(refused.status).toBe(403);
    expect((await appError(getRecipientProfile({ db, actor: nora, organisationId: lyngen }))).status).toBe(403);
    // Refused before the input is read: another office learns nothing from the validation either.
    expect((await appError(updateRecipientProfile({ db, actor: nora, clock, organisationId: lyngen, input: { receipt: 'kontant' } }))).status).toBe(403);
    for (const key of ['forum', 'budsjettdisponent', 'koordinatorNordreisa'] as const)
      expect((await appError(updateRecipientProfile({ db, actor: await demoActor(db, key), clock, organisationId: lyngen, input }))).status).toBe(403);
    // The office's forum and budsjettdisponent read it; the partnership does not.
    expect((await getRecipientProfile({ db, actor: await demoActor(db, 'forum'), organisationId: lyngen })).allowed).toEqual(['read']);
    expect((await getRecipientProfile({ db, actor: await demoActor(db, 'budsjettdisponent'), organisationId: lyngen })).allowed).toEqual(['read']);
    expect((await appError(getRecipientProfile({ db, actor: await demoActor(db, 'koordinatorNordreisa'), organisationId: lyngen }))).status).toBe(403);
    // Nord universitet lies in Nordland's area: Nora keeps it.
    const nord = await orgId(db, 'Nord universitet');
    const saved = await updateRecipientProfile({ db, actor: nora, clock, organisationId: nord, input: { receipt: 'statlig-overforing', writtenStandard: 'noytral' } });
    expect(saved.profile).toMatchObject({ officeId: 'nordland', receipt: 'statlig-overforing', version: 1 });
    expect((await appError(getRecipientProfile({ db, actor: nora, organisationId: '00000000-0000-4000-8000-000000000000' }))).status).toBe(404);
  });
});

describe('the office’s letter settings and its list of recipients', () => {
  it('reads the defaults, saves with versions, refuses bad input (400) and another office (403)', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const nora = await demoActor(db, 'saksbehandlerNordland');
    expect(await getTilsagnSettings({ db, actor: await demoActor(db, 'forum'), officeId: TF })).toEqual({
      settings: { officeId: TF, writtenStandard: 'bokmal', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 21, version: 0 },
      allowed: ['read'],
    });
    expect((await getTilsagnSettings({ db, actor: siri, officeId: TF })).allowed).toContain('edit-settings');
    expect((await appError(getTilsagnSettings({ db, actor: nora, officeId: TF }))).status).toBe(403);

    const input = { writtenStandard: 'bokmal', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 28 };
    expect((await appError(updateTilsagnSettings({ db, actor: nora, clock, officeId: TF, input }))).status).toBe(403);
    expect((await appError(updateTilsagnSettings({ db, actor: await demoActor(db, 'budsjettdisponent'), clock, officeId: TF, input }))).status).toBe(403);
    const bad = await appError(updateTilsagnSettings({ db, actor: siri, clock, officeId: TF, input: { ...input, appealBody: '', acceptanceDays: 120 } }));
    expect(bad.status).toBe(400);
    expect(bad.fieldErrors).toEqual([
      { field: 'appealBody', message: 'Klageinstans må fylles ut' },
      { field: 'acceptanceDays', message: 'Frist for aksept må være et helt antall dager fra 1 til 90' },
    ]);

    const audits = await auditCount(db);
    const first = await updateTilsagnSettings({ db, actor: siri, clock, officeId: TF, input });
    expect(first.settings).toEqual({ officeId: TF, writtenStandard: 'bokmal', appealBody: 'Utdanningsdirektoratet', acceptanceDays: 28, version: 1 });
    expect(await auditCount(db)).toBe(audits + 1);
    expect((await appError(updateTilsagnSettings({ db, actor: siri, clock, officeId: TF, input: { ...input, expectedVersion: 7 } }))).code).toBe('CONFLICT');
    expect((await appError(updateTilsagnSettings({ db, actor: await demoActor(db, 'admin'), clock, officeId: 'atlantis', input }))).status).toBe(404);
  });

  it('lists the organisations of the office’s partnerships with their role, profile or the defaults, and their letter’s language', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const nordreisa = await orgId(db, 'Nordreisa kommune');
    const uit = await orgId(db, UIT);
    await updateRecipientProfile({ db, actor: siri, clock, organisationId: nordreisa, input: { receipt: 'utbetaling', writtenStandard: 'nynorsk' } });
    await updateRecipientProfile({ db, actor: siri, clock, organisationId: uit, input: { receipt: 'statlig-overforing', writtenStandard: 'bokmal' } });

    const { recipients, allowed } = await listRecipientProfiles({ db, actor: siri, officeId: TF });
    expect(allowed).toEqual(['read', 'edit']);
    const byName = (name: string) => recipients.find((r) => r.organisationName === name);
    expect(byName('Nordreisa kommune')).toMatchObject({ roles: ['applicant', 'payee', 'owner'], writtenStandard: 'nynorsk', letterLanguage: 'nn', version: 1, allowed: ['read', 'edit'] });
    expect(byName(UIT)).toMatchObject({ roles: ['uh'], receipt: 'statlig-overforing', letterLanguage: 'nb' });
    expect(byName('Region Sør-Troms')).toMatchObject({ roles: ['applicant', 'owner'], receipt: 'utbetaling', writtenStandard: 'noytral', version: 0 });
    // Evenes takes part in Sør-Troms but lies in Nordland's area: listed (the letter is copied to it), Nordland's to keep.
    expect(byName('Evenes kommune')).toMatchObject({ officeId: 'nordland', allowed: [] });
    // Only the office's partnerships: Nord universitet serves Nordland's.
    expect(byName('Nord universitet')).toBeUndefined();
    expect(recipients.map((r) => r.organisationName)).toEqual([...recipients.map((r) => r.organisationName)].sort((a, b) => a.localeCompare(b, 'nb')));

    // A neutral recipient gets the office's choice.
    const { settings } = await getTilsagnSettings({ db, actor: siri, officeId: TF });
    await updateTilsagnSettings({ db, actor: siri, clock, officeId: TF, input: { writtenStandard: 'nynorsk', appealBody: settings.appealBody, acceptanceDays: settings.acceptanceDays, expectedVersion: settings.version } });
    const after = (await listRecipientProfiles({ db, actor: siri, officeId: TF })).recipients;
    expect(after.find((r) => r.organisationName === 'Region Sør-Troms')?.letterLanguage).toBe('nn');
    expect(after.find((r) => r.organisationName === UIT)?.letterLanguage).toBe('nb');

    expect((await appError(listRecipientProfiles({ db, actor: await demoActor(db, 'saksbehandlerNordland'), officeId: TF }))).status).toBe(403);
    expect((await appError(listRecipientProfiles({ db, actor: await demoActor(db, 'koordinatorNordreisa'), officeId: TF }))).status).toBe(403);
  });
});
