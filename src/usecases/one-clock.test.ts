// One clock (ADR 011): a use case stamps what it writes with its clock's time, never the machine's. Each use case that
// sets `updated_at` runs on a fixed clock years from now, and the row it wrote must carry exactly that instant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { behovsmeldingRound, organisation, partnership, person, region, scheme } from '../db/schema/index.ts';
import { fixedClock } from '../domain/shared/clock.ts';
import { demoActor } from '../test/actors.ts';
import { openRound, roundInput } from '../test/behovsmelding-fixture.ts';
import { personByEmail } from '../test/org-lookups.ts';
import { demoOrgIds, partnershipForm } from '../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { updateRound } from './behovsmelding/update-round.ts';
import { createPartnership } from './org/create-partnership.ts';
import { updateOrganisation } from './org/update-organisation.ts';
import { updatePartnership } from './org/update-partnership.ts';
import { updatePerson } from './org/update-person.ts';
import { getScheme } from './reference/get-scheme.ts';
import { updateRegion } from './reference/update-region.ts';
import { updateScheme } from './reference/update-scheme.ts';

const AT = '2031-05-17T10:00:00.000Z';
const clock = fixedClock(AT);

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('updated_at is the clock’s time', () => {
  it('for an organisation and a person', async () => {
    const db = database.db;
    const admin = await demoActor(db, 'admin');
    const [kvaefjord] = await db.select().from(organisation).where(eq(organisation.name, 'Kvæfjord kommune'));
    const input = { kind: 'kommune', name: 'Kvæfjord kommune', municipalityNumber: '5510', expectedVersion: kvaefjord!.version };
    await updateOrganisation({ db, clock, actor: admin, id: kvaefjord!.id, input });
    const [org] = await db.select().from(organisation).where(eq(organisation.id, kvaefjord!.id));
    expect(org?.updatedAt.toISOString()).toBe(AT);

    const hanne = await personByEmail(db, 'hanne.harstad@example.org');
    const personInput = { name: hanne.name, email: hanne.email, organisationId: hanne.organisationId, title: 'Rektor', expectedVersion: hanne.version };
    await updatePerson({ db, clock, actor: admin, id: hanne.id, input: personInput });
    const [row] = await db.select().from(person).where(eq(person.id, hanne.id));
    expect(row?.updatedAt.toISOString()).toBe(AT);
  });

  it('for a partnership', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const ids = await demoOrgIds(db);
    const created = await createPartnership({ db, clock, actor: siri, input: partnershipForm(ids, { name: 'Klokkeløftet' }) });
    const input = { ...partnershipForm(ids, { name: 'Klokkeløftet (nytt navn)' }), expectedVersion: created.version };
    await updatePartnership({ db, clock, actor: siri, id: created.id, input });
    const [row] = await db.select().from(partnership).where(eq(partnership.id, created.id));
    expect(row?.updatedAt.toISOString()).toBe(AT);
  });

  it('for a region, a scheme and a round', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const admin = await demoActor(db, 'admin');

    const [sorTroms] = await db.select().from(region).where(eq(region.name, 'Sør-Troms'));
    const regionInput = { name: sorTroms!.name, officeId: 'troms-og-finnmark', municipalityNumbers: ['5503', '5510', '1853'], expectedVersion: sorTroms!.version };
    await updateRegion({ db, clock, actor: siri, id: sorTroms!.id, input: regionInput });
    expect((await db.select().from(region).where(eq(region.id, sorTroms!.id)))[0]?.updatedAt.toISOString()).toBe(AT);

    const s = await getScheme({ db, clock, actor: admin, id: 'dekomp' });
    const schemeInput = { name: s.name, shortName: s.shortName, description: s.description, active: s.active, rules: s.rules, expectedVersion: s.version };
    await updateScheme({ db, clock, actor: admin, id: 'dekomp', input: schemeInput });
    expect((await db.select().from(scheme).where(eq(scheme.id, 'dekomp')))[0]?.updatedAt.toISOString()).toBe(AT);

    const round = await openRound(db, siri, 2073);
    const [before] = await db.select().from(behovsmeldingRound).where(eq(behovsmeldingRound.id, round.id));
    await updateRound({ db, clock, actor: siri, id: round.id, input: { ...roundInput(2073, { title: 'Behovsmeldinger 2073 (rettet)' }), expectedVersion: before!.version } });
    const [after] = await db.select().from(behovsmeldingRound).where(eq(behovsmeldingRound.id, round.id));
    expect(after?.updatedAt.toISOString()).toBe(AT);
  });
});
