// Pre-fill from what is known (issue 12, point 6): a new behovsmelding takes the owners, UH, units, responsible owner
// with its account and the logged-in contact person from the partnership, and the coordinator may copy ANY earlier
// application of the partnership (before, only the one of the year before was copied, and always).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { behovsmelding, municipality, organisation, partnershipUnit } from '../../db/schema/index.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { demoActor } from '../../test/actors.ts';
import { completeValues, duringRound, fillApplication, openRound } from '../../test/behovsmelding-fixture.ts';
import { orgId, partnershipByName, SOR_TROMS, UIT } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { createApplication } from './create-application.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

/** Starts Sør-Troms' application in a new round of `year`, as Ola Strand (its coordinator). */
async function start(year: number, copyFromId?: string | null) {
  const db = database.db;
  const round = await openRound(db, await demoActor(db, 'saksbehandler'), year);
  const p = await partnershipByName(db, SOR_TROMS);
  const input = copyFromId === undefined ? { roundId: round.id, partnershipId: p.id } : { roundId: round.id, partnershipId: p.id, copyFromId };
  return createApplication({ db, actor: await demoActor(db, 'koordinator'), clock: duringRound(year), input });
}

const valueOf = (app: Awaited<ReturnType<typeof start>>, key: string) => app.fields[key]?.value;

describe('a new behovsmelding starts with what the partnership knows', () => {
  it('takes the owners, UH, units, the responsible owner and its account, and the logged-in contact person from the partnership', async () => {
    const db = database.db;
    const p = await partnershipByName(db, SOR_TROMS);
    const places = await db.select().from(municipality).where(and(eq(municipality.division, 2024), inArray(municipality.name, ['Harstad', 'Kvæfjord'])));
    const number = (name: string) => places.find((m) => m.name === name)!.number;
    const harstad = await orgId(db, 'Harstad kommune');
    await db.insert(partnershipUnit).values([
      { partnershipId: p.id, name: 'Kanebogen skole', kind: 'skole', municipalityNumber: number('Harstad'), ownerId: harstad },
      { partnershipId: p.id, name: 'Seljestad skole', kind: 'skole', municipalityNumber: number('Harstad'), ownerId: harstad },
      { partnershipId: p.id, name: 'Borkenes skole', kind: 'skole', municipalityNumber: number('Kvæfjord'), ownerId: await orgId(db, 'Kvæfjord kommune') },
      { partnershipId: p.id, name: 'Bjørnebåsen barnehage', kind: 'barnehage', municipalityNumber: number('Harstad'), ownerId: await orgId(db, 'Bjørnebåsen SA') },
      { partnershipId: p.id, name: 'PPT Harstad', kind: 'ppt', municipalityNumber: number('Harstad'), ownerId: harstad },
    ]);
    const [uit] = await db.select().from(organisation).where(eq(organisation.name, UIT));

    const app = await start(2071);

    // Section 4: the person starting it.
    expect([valueOf(app, 's4.kontaktNavn'), valueOf(app, 's4.kontaktEpost'), valueOf(app, 's4.kontaktArbeidssted')]).toEqual([
      'Ola Strand',
      'ola.koordinator@example.org',
      'Regionkontakt, Region Sør-Troms',
    ]);
    // 5.1: the owner that is paid (Region Sør-Troms applies; its host Harstad kommune manages the grant), with its account.
    expect([
      valueOf(app, 's5.ansvarligEier.navn'),
      valueOf(app, 's5.ansvarligEier.orgnr'),
      valueOf(app, 's5.ansvarligEier.kontonr'),
      valueOf(app, 's5.ansvarligEier.kontaktperson'),
    ]).toEqual(['Harstad kommune', '972417971', '81091069555', 'Ola Strand, regionkontakt']);
    // 5.2: the other owners, each with its kind.
    const others = valueOf(app, 's5.andreEiere') as { navn: string; art: string }[];
    expect(others).toEqual(
      expect.arrayContaining([
        { navn: 'Kvæfjord kommune', art: 'kommunal', kontaktperson: null },
        { navn: 'Bjørnebåsen SA', art: 'privat-barnehage', kontaktperson: null },
        { navn: 'Harstad Montessori skole', art: 'privat-skole', kontaktperson: null },
      ]),
    );
    expect(others.map((o) => o.navn)).not.toContain('Harstad kommune');
    expect(others).toHaveLength(15);
    // 5.3: the UH, its contact the partnership's editor from there.
    expect(valueOf(app, 's5.uh')).toEqual([
      { navn: UIT, kontaktperson: 'Ingrid Bakke', epost: 'ingrid.uh@example.org', orgnr: uit!.orgnr, kontonr: uit!.kontonr, betalingsreferanse: null },
    ]);
    // 5.4–5.10: the units counted by kind and owner in a part named for the partnership; PPT is not counted there.
    expect(valueOf(app, 'parts')).toEqual([{ id: 'hoved', name: SOR_TROMS, otherOfficeId: null, budgetYear: 2071 }]);
    expect(valueOf(app, 'parts.hoved.unitCounts')).toEqual({
      kommunaleGrunnskoler: { total: 3, byMunicipality: [{ municipality: 'Harstad', count: 2 }, { municipality: 'Kvæfjord', count: 1 }] },
      privateBarnehager: { total: 1, byMunicipality: [{ municipality: 'Harstad', count: 1 }] },
    });
    // What was filled in is valid: no error is about these fields.
    const flagged = app.validation.issues.filter((i) => i.severity === 'error').map((i) => i.fieldKey);
    for (const key of ['s4.kontaktNavn', 's4.kontaktEpost', 's5.ansvarligEier.navn', 's5.ansvarligEier.orgnr', 's5.ansvarligEier.kontonr', 's5.ansvarligEier.kontaktperson'])
      expect(flagged).not.toContain(key);
    await db.delete(partnershipUnit).where(eq(partnershipUnit.partnershipId, p.id));
  });
});

describe('copying an earlier application', () => {
  it('the coordinator may choose to copy from any earlier application of the partnership, not only last year’s', async () => {
    const db = database.db;
    const ola = await demoActor(db, 'koordinator');
    const first = await start(2081);
    await fillApplication(db, ola, first.id, 2081);

    // Three years on there is no application the year before: nothing is copied unless chosen.
    const uncopied = await start(2084);
    expect([uncopied.previousId, valueOf(uncopied, 's1.tema')]).toEqual([null, undefined]);

    const copied = await start(2086, first.id);
    expect(copied.previousId).toBe(first.id);
    expect(valueOf(copied, 's1.tema')).toBe('Inkluderende praksis');
    expect(valueOf(copied, 'parts.hoved.ownerBudget')).toEqual(completeValues()['parts.hoved.ownerBudget']);
    // What the coordinator chose to copy is kept whole: the copied contact is not mixed with the partnership's.
    expect([valueOf(copied, 's4.kontaktNavn'), valueOf(copied, 's4.kontaktTelefon')]).toEqual(['Tone Eide', '41234567']);
    expect(copied.fields['s4.lagetIPartnerskap']).toBeUndefined();
  });

  it('the year before is copied unless the coordinator chooses none', async () => {
    const db = database.db;
    const ola = await demoActor(db, 'koordinator');
    const first = await start(2091);
    await fillApplication(db, ola, first.id, 2091);
    const fresh = await start(2092, null);
    expect([fresh.previousId, valueOf(fresh, 's1.tema'), valueOf(fresh, 's4.kontaktNavn')]).toEqual([null, undefined, 'Ola Strand']);
  });

  it('copying from another partnership’s application is refused, and nothing is started', async () => {
    const db = database.db;
    const nordTroms = await partnershipByName(db, 'Kompetanseløftet Nord-Troms');
    const [theirs] = await db.select().from(behovsmelding).where(eq(behovsmelding.partnershipId, nordTroms.id));
    const error = await caught(start(2095, theirs!.id));
    expect([error.status, error.fieldErrors]).toEqual([400, [{ field: 'copyFromId', message: 'Behovsmeldingen det skulle kopieres fra, hører ikke til dette partnerskapet' }]]);
    const p = await partnershipByName(db, SOR_TROMS);
    expect(await db.select().from(behovsmelding).where(and(eq(behovsmelding.partnershipId, p.id), eq(behovsmelding.previousId, theirs!.id)))).toEqual([]);
  });
});
