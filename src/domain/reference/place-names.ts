// Kartverket writes official parallel names joined by " - " ("Gáivuotna - Kåfjord - Kaivuono"), in no fixed
// language order. The Norwegian name is recognised as the part that is also a Norwegian name in the 2020–2023
// division (which has Norwegian names only); of the others, the third of three is Kven and the rest Sámi.

export type ParallelName = { name: string; language: 'sami' | 'kven' };
export type SamiLanguage = 'nordsamisk' | 'lulesamisk' | 'sorsamisk';

export type SplitName = { name: string; parallelNames: ParallelName[] };

export function splitOfficialName(official: string, norwegianNames: ReadonlySet<string>): SplitName {
  const parts = official.split(' - ').map((p) => p.trim());
  const norwegianIndex = Math.max(0, parts.findIndex((p) => norwegianNames.has(p)));
  const name = parts[norwegianIndex] ?? official;
  const parallelNames: ParallelName[] = [];
  parts.forEach((part, i) => {
    if (i === norwegianIndex) return;
    parallelNames.push({ name: part, language: parts.length === 3 && i === 2 ? 'kven' : 'sami' });
  });
  return { name, parallelNames };
}

/** Forvaltningsområdet for samisk språk (from the reference data's README), by Norwegian name. */
export const SAMI_ADMINISTRATIVE_AREA: Readonly<Record<string, SamiLanguage>> = {
  Karasjok: 'nordsamisk',
  Kautokeino: 'nordsamisk',
  Tana: 'nordsamisk',
  Porsanger: 'nordsamisk',
  Nesseby: 'nordsamisk',
  Kåfjord: 'nordsamisk',
  Lavangen: 'nordsamisk',
  Tjeldsund: 'nordsamisk',
  Hamarøy: 'lulesamisk',
  Hattfjelldal: 'sorsamisk',
  Røyrvik: 'sorsamisk',
  Røros: 'sorsamisk',
  Snåsa: 'sorsamisk',
};
