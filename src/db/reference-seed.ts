// Loads the reference data into the database. Idempotent: Kartverket's division and the offices are brought up to
// date on every start; schemes, UH institutions and regions are inserted once and afterwards edited in the app.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';
import { county, municipality, office, organisation, region, regionMunicipality, scheme } from './schema/index.ts';
import { SAMI_ADMINISTRATIVE_AREA, splitOfficialName } from '../domain/reference/place-names.ts';
import { successorsOf } from '../domain/reference/succession.ts';
import { ZSchemeUpdate } from '../domain/reference/scheme.ts';
import { readCounties2024, readDivision2020, readMunicipalities2024, readReferenceJson } from './reference-files.ts';

type OfficeFile = { id: string; name: string; countyNumbers: string[] }[];
type SchemeFile = ({ id: string } & Record<string, unknown>)[];
type BaseOrgFile = {
  uh: { name: string; orgnr: string | null; municipality: string }[];
  regions: { name: string; office: string; municipalities: string[]; description: string }[];
};

/** A scheme in schemes.json is checked as an admin's edit would be (texts per language with Bokmål, valid rules). */
const ZSchemeFileEntry = ZSchemeUpdate.pick({ name: true, shortName: true, description: true, rules: true });

export async function syncReferenceData(db: DbOrTx): Promise<void> {
  const legacy = readDivision2020();
  const norwegianNames = new Set([...legacy.kommuner.map((k) => k.navn), ...legacy.fylker.map((f) => f.navn)]);

  const counties2024 = readCounties2024().map((c) => ({
    division: 2024,
    number: c.fylkesnummer,
    officialName: c.fylkesnavn,
    ...splitOfficialName(c.fylkesnavn, new Set([...norwegianNames, c.fylkesnavn.split(' - ')[0] ?? ''])),
  }));
  const municipalities2024 = readMunicipalities2024().map((m) => {
    const split = splitOfficialName(m.kommunenavn, norwegianNames);
    return {
      division: 2024,
      number: m.kommunenummer,
      officialName: m.kommunenavn,
      ...split,
      countyNumber: m.kommunenummer.slice(0, 2),
      samiLanguage: SAMI_ADMINISTRATIVE_AREA[split.name] ?? null,
      successorNumbers: [] as string[],
    };
  });
  const counties2020 = legacy.fylker.map((f) => ({ division: 2020, number: f.fylkesnummer, officialName: f.navn, name: f.navn, parallelNames: [] }));
  const municipalities2020 = legacy.kommuner.map((k) => ({
    division: 2020,
    number: k.kommunenummer,
    officialName: k.navn,
    name: k.navn,
    parallelNames: [],
    countyNumber: k.kommunenummer.slice(0, 2),
    samiLanguage: null,
    successorNumbers: successorsOf({ number: k.kommunenummer, name: k.navn }, municipalities2024),
  }));

  await db.transaction(async (tx) => {
    // One statement per table: reference sync runs at every start and in every test run.
    await tx
      .insert(county)
      .values([...counties2024, ...counties2020])
      .onConflictDoUpdate({ target: [county.division, county.number], set: excludedColumns(['official_name', 'name', 'parallel_names']) });
    await tx
      .insert(municipality)
      .values([...municipalities2024, ...municipalities2020])
      .onConflictDoUpdate({
        target: [municipality.division, municipality.number],
        set: excludedColumns(['official_name', 'name', 'parallel_names', 'county_number', 'sami_language', 'successor_numbers']),
      });
    for (const o of readReferenceJson<OfficeFile>('offices.json'))
      await tx.insert(office).values(o).onConflictDoUpdate({ target: office.id, set: { name: o.name, countyNumbers: o.countyNumbers } });
    for (const s of readReferenceJson<SchemeFile>('schemes.json'))
      await tx.insert(scheme).values({ id: s.id, ...ZSchemeFileEntry.parse(s) }).onConflictDoNothing();
    await insertBaseOrganisations(tx, municipalities2024);
  });
}

async function insertBaseOrganisations(tx: DbOrTx, municipalities: { number: string; name: string; countyNumber: string }[]) {
  const base = readReferenceJson<BaseOrgFile>('base-organisations.json');
  const offices = await tx.select().from(office);
  const byName = (name: string) => {
    const m = municipalities.find((x) => x.name === name);
    if (!m) throw new Error(`reference-data: unknown municipality ${name}`);
    return { ...m, officeId: offices.find((o) => o.countyNumbers.includes(m.countyNumber))?.id ?? null };
  };
  for (const uh of base.uh) {
    const [exists] = await tx.select({ id: organisation.id }).from(organisation).where(and(eq(organisation.kind, 'uh'), eq(organisation.name, uh.name)));
    if (exists) continue;
    const m = byName(uh.municipality);
    await tx.insert(organisation).values({ kind: 'uh', name: uh.name, orgnr: uh.orgnr, municipalityNumber: m.number, officeId: m.officeId });
  }
  for (const r of base.regions) {
    const [created] = await tx
      .insert(region)
      .values({ name: r.name, officeId: r.office, description: r.description })
      .onConflictDoNothing()
      .returning();
    if (!created) continue;
    for (const name of r.municipalities)
      await tx.insert(regionMunicipality).values({ regionId: created.id, municipalityNumber: byName(name).number });
  }
}

/** `set` for an upsert that takes the listed columns from the proposed row (Postgres `excluded`). */
function excludedColumns(columns: string[]) {
  const camel = (c: string) => c.replace(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase());
  return Object.fromEntries(columns.map((c) => [camel(c), sql.raw(`excluded.${c}`)]));
}
