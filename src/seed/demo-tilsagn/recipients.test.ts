// The demo's recipient profiles (issue 14 point 2): every state UH by statlig overføring (and the private one not),
// the applicant of Kompetanseløftet Nord-Troms in nynorsk — so that partnership's letter is in nynorsk —, Kautokeino
// with a Northern Sámi copy; recorded through the use case (audited), and a second run changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { readReferenceJson } from '../../db/reference-files.ts';
import { organisation, partnership } from '../../db/schema/index.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount, orgId } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { getRecipientProfile } from '../../usecases/tilsagn/get-recipient-profile.ts';
import { listRecipientProfiles } from '../../usecases/tilsagn/list-recipient-profiles.ts';
import { NYNORSK_APPLICANT, PRIVATE_UH, SAMI_MUNICIPALITY, seedRecipientProfiles, STATE_UH } from './recipients.ts';

const clock = fixedClock('2024-01-22T09:00:00+01:00');
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('the demo’s recipient profiles', () => {
  it('classes every UH of the reference data as state or private, once', () => {
    const base = readReferenceJson<{ uh: { name: string }[] }>('base-organisations.json').uh.map((u) => u.name);
    expect([...STATE_UH, ...PRIVATE_UH].sort()).toEqual([...base].sort());
  });

  it('transfers to the state UH, writes nynorsk to Nordreisa and a Sámi copy to Kautokeino, through the use case', async () => {
    const db = database.db;
    const admin = await demoActor(db, 'admin');
    await seedRecipientProfiles(db, admin, clock);
    const profileOf = async (name: string) => (await getRecipientProfile({ db, actor: admin, organisationId: await orgId(db, name) })).profile;

    const uh = await db.select({ name: organisation.name }).from(organisation).where(eq(organisation.kind, 'uh'));
    expect(uh.length).toBeGreaterThanOrEqual(STATE_UH.length);
    for (const { name } of uh) expect((await profileOf(name)).receipt, name).toBe((STATE_UH as readonly string[]).includes(name) ? 'statlig-overforing' : 'utbetaling');
    expect(await profileOf(PRIVATE_UH[0])).toMatchObject({ receipt: 'utbetaling', version: 0 });

    // Nordreisa is a Troms og Finnmark municipality and the applicant (the letter's addressee) of a demo partnership.
    const nordreisa = await orgId(db, NYNORSK_APPLICANT);
    const [applied] = await db.select().from(partnership).where(and(eq(partnership.applicantId, nordreisa), eq(partnership.name, 'Kompetanseløftet Nord-Troms')));
    expect(applied?.officeId).toBe('troms-og-finnmark');
    expect(await profileOf(NYNORSK_APPLICANT)).toMatchObject({ officeId: 'troms-og-finnmark', receipt: 'utbetaling', writtenStandard: 'nynorsk', samiLanguage: null });
    expect(await profileOf(SAMI_MUNICIPALITY)).toMatchObject({ receipt: 'utbetaling', writtenStandard: 'noytral', samiLanguage: 'se' });

    // As the case officer sees it before issuing.
    const { recipients } = await listRecipientProfiles({ db, actor: await demoActor(db, 'saksbehandler'), officeId: 'troms-og-finnmark' });
    expect(recipients.find((r) => r.organisationName === NYNORSK_APPLICANT)).toMatchObject({ roles: expect.arrayContaining(['applicant']), letterLanguage: 'nn' });
    expect(recipients.find((r) => r.organisationName === 'UiT Norges arktiske universitet')).toMatchObject({ roles: ['uh'], receipt: 'statlig-overforing' });
    expect(recipients.find((r) => r.organisationName === 'Sámi allaskuvla / Samisk høgskole')).toMatchObject({ receipt: 'statlig-overforing' });
  });

  it('leaves recorded profiles as they are on a second run', async () => {
    const db = database.db;
    const audits = await auditCount(db);
    await seedRecipientProfiles(db, await demoActor(db, 'admin'), clock);
    expect(await auditCount(db)).toBe(audits);
  });
});
