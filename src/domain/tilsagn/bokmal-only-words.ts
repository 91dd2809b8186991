// Words that are Bokmål and not Nynorsk (issue 14, point 3: a state body writes to a municipality in the written
// standard it has chosen, språklova § 11). A nynorsk letter must contain none of them anywhere — the template's text,
// the generated parts (table headings, labels, dates) — which the letter tests check. Only true Bokmål-only forms:
// words both standards share (eller, mellom, etter, vedlagt, blir) are not listed. The Nynorsk form follows each.
export const BOKMAL_ONLY_WORDS = [
  'ikke', // ikkje
  'hvis', // dersom, viss
  'fra', // frå
  'mottaker', // mottakar
  'mottakere', // mottakarar
  'mottatt', // motteke, fått
  'tilskudd', // tilskot
  'tilskuddet', // tilskotet
  'tilsagn', // tilsegn
  'tilsagnet', // tilsegnet
  'hvordan', // korleis
  'deres', // dykkar
  'dere', // de, dykk
  'også', // òg
  'noen', // nokon
  'hver', // kvar
  'bare', // berre
  'skriftlig', // skriftleg
  'ble', // vart, blei
  'mye', // mykje
  'hva', // kva
  'hvem', // kven
  'hvor', // kvar
  'uke', // veke
  'uker', // veker
  'innen', // innan
  'midlene', // midlane
  'hjemmel', // heimel
  'forbehold', // atterhald
  'dokumentene', // dokumenta
  'opplysninger', // opplysningar
  'saksbehandler', // sakshandsamar
] as const;

/** The listed words in a text, each once, as whole words (a letter or digit on neither side), case-insensitive. */
export function bokmalOnlyWordsIn(text: string): string[] {
  return BOKMAL_ONLY_WORDS.filter((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu').test(text));
}
