// The reference data as users will rely on it: Kartverket's 2024 division with parallel names, the 2020–2023
// division mapped to 2024, the ten offices and the seeded regions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { county, municipality, office, region, regionMunicipality } from './schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { syncReferenceData } from './reference-seed.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const division = (d: number) => database.db.select().from(municipality).where(eq(municipality.division, d));

describe('reference data', () => {
  it('has the 15 counties and 357 municipalities of 2024, and 11 counties and 356 municipalities of 2020–2023', async () => {
    expect(await database.db.select().from(county).where(eq(county.division, 2024))).toHaveLength(15);
    expect(await database.db.select().from(county).where(eq(county.division, 2020))).toHaveLength(11);
    expect(await division(2024)).toHaveLength(357);
    expect(await division(2020)).toHaveLength(356);
  });

  it('keeps the official parallel names, with the Norwegian name recognised whichever comes first', async () => {
    const all = await division(2024);
    const kafjord = all.find((m) => m.number === '5540');
    expect(kafjord).toMatchObject({ name: 'Kåfjord', officialName: 'Gáivuotna - Kåfjord - Kaivuono', samiLanguage: 'nordsamisk' });
    expect(kafjord?.parallelNames).toEqual([{ name: 'Gáivuotna', language: 'sami' }, { name: 'Kaivuono', language: 'kven' }]);
    expect(all.find((m) => m.number === '1875')).toMatchObject({ name: 'Hamarøy', samiLanguage: 'lulesamisk' });
    expect(all.find((m) => m.number === '5503')).toMatchObject({ name: 'Harstad', samiLanguage: null });
    expect(all.filter((m) => m.samiLanguage)).toHaveLength(13);
    const [troms] = await database.db.select().from(county).where(and(eq(county.division, 2024), eq(county.number, '55')));
    expect(troms).toMatchObject({ name: 'Troms', parallelNames: [{ name: 'Romsa', language: 'sami' }, { name: 'Tromssa', language: 'kven' }] });
  });

  it('maps every 2020–2023 municipality to one 2024 successor, except Ålesund which needs a choice', async () => {
    const legacy = await division(2020);
    const ambiguous = legacy.filter((m) => m.successorNumbers.length !== 1);
    expect(ambiguous.map((m) => [m.number, m.successorNumbers])).toEqual([['1507', ['1508', '1580']]]);
    const byNumber = new Map(legacy.map((m) => [m.number, m.successorNumbers[0]]));
    expect(byNumber.get('5412')).toBe('5512'); // Tjeldsund → Dielddanuorri - Tjeldsund
    expect(byNumber.get('5430')).toBe('5612'); // Kautokeino → Guovdageaidnu - Kautokeino
    expect(byNumber.get('1515')).toBe('1515'); // Herøy (Møre og Romsdal)
    expect(byNumber.get('1818')).toBe('1818'); // Herøy (Nordland)
    expect(byNumber.get('3018')).toBe('3114'); // Våler (Viken → Østfold)
    expect(byNumber.get('3419')).toBe('3419'); // Våler (Innlandet)
  });

  it('has the ten Statsforvalter offices; Troms og Finnmark serves both Troms and Finnmark', async () => {
    const offices = await database.db.select().from(office);
    expect(offices).toHaveLength(10);
    expect(offices.find((o) => o.id === 'troms-og-finnmark')?.countyNumbers).toEqual(['55', '56']);
    const covered = offices.flatMap((o) => o.countyNumbers).sort();
    expect(covered).toHaveLength(15);
  });

  it('seeds Sør-Troms with Evenes (in Nordland) and Nord-Troms, and a second sync changes nothing', async () => {
    await syncReferenceData(database.db);
    const regions = await database.db.select().from(region);
    const members = async (name: string) => {
      const r = regions.find((x) => x.name === name);
      const rows = await database.db.select().from(regionMunicipality).where(eq(regionMunicipality.regionId, r!.id));
      return rows.map((x) => x.municipalityNumber).sort();
    };
    expect(await members('Sør-Troms')).toEqual(['1853', '5503', '5510', '5512', '5514', '5516']);
    expect(await members('Nord-Troms')).toEqual(['5536', '5538', '5540', '5542', '5544', '5546']);
    expect(regions.filter((r) => r.name === 'Sør-Troms')).toHaveLength(1);
  });
});
