// Maps the 2020–2023 division to 2024, as described in reference-data/kartverket/README.md.

/** 2020 county → its 2024 successors (unchanged counties keep their number). */
export const COUNTY_SUCCESSORS: Readonly<Record<string, readonly string[]>> = {
  '30': ['31', '32', '33'],
  '38': ['39', '40'],
  '54': ['55', '56'],
};

/** Municipalities that were split: every successor is listed, and legacy data naming them needs a choice. */
export const MUNICIPALITY_SPLITS: Readonly<Record<string, readonly string[]>> = {
  '1507': ['1508', '1580'], // Ålesund → Ålesund + Haram
};

export type Municipality2024 = { number: string; name: string; parallelNames: { name: string }[]; countyNumber: string };

export function successorsOf(legacy: { number: string; name: string }, current: readonly Municipality2024[]): string[] {
  const split = MUNICIPALITY_SPLITS[legacy.number];
  if (split) return [...split];
  const county = legacy.number.slice(0, 2);
  const counties = COUNTY_SUCCESSORS[county] ?? [county];
  const matches = current.filter(
    (m) => counties.includes(m.countyNumber) && (m.name === legacy.name || m.parallelNames.some((p) => p.name === legacy.name)),
  );
  return matches.map((m) => m.number);
}
