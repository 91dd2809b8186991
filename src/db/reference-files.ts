// Reads the reference data committed under reference-data/ (Kartverket's division, offices, schemes).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../reference-data');

export function readReferenceJson<T>(relative: string): T {
  return JSON.parse(fs.readFileSync(path.join(REFERENCE_DIR, relative), 'utf8')) as T;
}

type Feature<P> = { properties: P };
export type KommuneProps = { kommunenummer: string; kommunenavn: string };
export type FylkeProps = { fylkesnummer: string; fylkesnavn: string };

export const readMunicipalities2024 = () =>
  readReferenceJson<{ features: Feature<KommuneProps>[] }>('kartverket/kommuner-2024.geojson').features.map((f) => f.properties);
export const readCounties2024 = () =>
  readReferenceJson<{ features: Feature<FylkeProps>[] }>('kartverket/fylker-2024.geojson').features.map((f) => f.properties);
export const readDivision2020 = () =>
  readReferenceJson<{ fylker: { fylkesnummer: string; navn: string }[]; kommuner: { kommunenummer: string; navn: string }[] }>(
    'kartverket/kommuner-fylker-2020-2023.json',
  );
