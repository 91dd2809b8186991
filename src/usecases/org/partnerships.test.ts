import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { partnership } from '../../db/schema/index.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoActor } from '../../test/actors.ts';
import { auditCount, UIT } from '../../test/org-lookups.ts';
import { appError, demoOrgIds, partnershipForm, type DemoOrgIds } from '../../test/partnership-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { createPartnership } from './create-partnership.ts';
import { getPartnership } from './get-partnership.ts';

let database: TestDatabase;
let ids: DemoOrgIds;
beforeAll(async () => {
  database = await createTestDatabase();
  ids = await demoOrgIds(database.db);
});
afterAll(() => database.close());

const partnershipCount = async () => (await database.db.select({ n: count() }).from(partnership))[0]!.n;

describe('creating a partnership', () => {
  it('a saksbehandler creates one with two owners and a UH; members and units are stored; one audit row', async () => {
    const actor = await demoActor(database.db, 'saksbehandler');
    const before = await auditCount(database.db);
    const created = await createPartnership({ db: database.db, clock: systemClock, actor, input: partnershipForm(ids) });
    expect(created.members.map((m) => m.name).sort()).toEqual(['Harstad kommune', 'Kvæfjord kommune', UIT].sort());
    expect(created.units).toMatchObject([{ name: 'Borkenes skole', kind: 'skole', municipalityNumber: '5510', ownerId: ids.kvafjord }]);
    expect(created.applicant).toEqual({ id: ids.harstad, name: 'Harstad kommune' });
    expect(await auditCount(database.db)).toBe(before + 1);
  });

  it('an eierkoordinator creates one with their own organisation as applicant, but not for another owner', async () => {
    const actor = await demoActor(database.db, 'koordinatorNordreisa');
    const members = [
      { organisationId: ids.nordreisa, role: 'owner' },
      { organisationId: ids.skjervoy, role: 'owner' },
      { organisationId: ids.uit, role: 'uh' },
    ];
    const own = { name: 'Leseløftet Nordreisa og Skjervøy', applicantId: ids.nordreisa, payeeId: ids.nordreisa, members, units: [] };
    const created = await createPartnership({ db: database.db, clock: systemClock, actor, input: partnershipForm(ids, own) });
    expect(created.applicantId).toBe(ids.nordreisa);
    expect((await getPartnership({ db: database.db, clock: systemClock, actor, id: created.id })).allowed).toContain('edit');

    const count = await partnershipCount();
    const foreign = await appError(createPartnership({ db: database.db, clock: systemClock, actor, input: partnershipForm(ids, { ...own, name: 'Kapret', applicantId: ids.skjervoy, payeeId: ids.skjervoy }) }));
    expect(foreign.code).toBe('FORBIDDEN');
    expect(await partnershipCount()).toBe(count);
  });
});

describe('the rules of a partnership, with the message the user sees', () => {
  it('the applicant and the payee must be owners, and a unit’s owner must be a member owner', async () => {
    const actor = await demoActor(database.db, 'saksbehandler');
    const [count, audits] = [await partnershipCount(), await auditCount(database.db)];
    const error = await appError(
      createPartnership({
        db: database.db,
        clock: systemClock,
        actor,
        input: partnershipForm(ids, { applicantId: ids.uit, payeeId: ids.nordreisa, units: [{ name: 'Storslett skole', kind: 'skole', ownerId: ids.nordreisa }] }),
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual([
      { field: 'applicantId', message: 'Søkeren må være en av eierne i partnerskapet' },
      { field: 'payeeId', message: 'Mottakeren av eiernes midler må være en av eierne i partnerskapet' },
      { field: 'units.0.ownerId', message: 'Eieren av enheten må være en av eierne i partnerskapet' },
    ]);
    expect([await partnershipCount(), await auditCount(database.db)]).toEqual([count, audits]);
  });

  it('needs at least one UH and no organisation twice', async () => {
    const actor = await demoActor(database.db, 'saksbehandler');
    const members = [
      { organisationId: ids.harstad, role: 'owner' },
      { organisationId: ids.harstad, role: 'owner' },
    ];
    const error = await appError(createPartnership({ db: database.db, clock: systemClock, actor, input: partnershipForm(ids, { members, units: [] }) }));
    expect(error.fieldErrors).toEqual([
      { field: 'members.1.organisationId', message: 'Organisasjonen er allerede med i partnerskapet' },
      { field: 'members', message: 'Partnerskapet må ha minst én UH-institusjon' },
    ]);
  });

  it('checks the kind of each member organisation in the database', async () => {
    const actor = await demoActor(database.db, 'saksbehandler');
    const members = [
      { organisationId: ids.harstad, role: 'owner' },
      { organisationId: ids.uit, role: 'owner' },
      { organisationId: ids.ks, role: 'uh' },
    ];
    const error = await appError(createPartnership({ db: database.db, clock: systemClock, actor, input: partnershipForm(ids, { members, units: [] }) }));
    expect(error.fieldErrors).toEqual([
      { field: 'members.1.organisationId', message: 'Organisasjonen kan ikke være eier (må være kommune, fylkeskommune, privat eier eller region)' },
      { field: 'members.2.organisationId', message: 'Organisasjonen er ikke en UH-institusjon' },
    ]);
  });
});
