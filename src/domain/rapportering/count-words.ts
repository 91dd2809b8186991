// The count in the closing line of a question block of "Svar – Intern rapport" (issue 16, point 3): respondents who
// answered the section but not the question are counted in Norwegian words, capitalised — "Én annen instans …",
// "To andre instanser …", "Tjueen andre instanser …". The generator renders 1–999 one way; the importer reads what
// years of printouts may hold: old counting ("Enogtjue", "Syv", "Tyve"), with or without accents, spaces or "og".
// Numbers below 100 are one word (Språkrådet); with "hundre" we write separate words ("To hundre og femti"), which the
// rules allow, and read both. A round of 1 000 respondents or more (a large county, the benchmarks) gets the count in
// digits, grouped as Norwegian writes them ("1 234 andre instanser"): words that long nobody reads, and the line must
// still print and read back.

const UNITS = ['', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni'] as const;
const TEENS = ['ti', 'elleve', 'tolv', 'tretten', 'fjorten', 'femten', 'seksten', 'sytten', 'atten', 'nitten'] as const;
const TENS = ['', '', 'tjue', 'tretti', 'førti', 'femti', 'seksti', 'sytti', 'åtti', 'nitti'] as const;

export const MAX_COUNT_IN_WORDS = 999;

function below100(n: number): string {
  if (n < 10) return UNITS[n] ?? '';
  if (n < 20) return TEENS[n - 10] ?? '';
  return `${TENS[Math.floor(n / 10)]}${UNITS[n % 10]}`;
}

/** The count as Norwegian words, lower case: "én", "sju", "tjueen", "to hundre og femti". */
export function countInWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_COUNT_IN_WORDS) throw new RangeError(`No words for the count ${n}`);
  // "én" carries its accent only where it stands alone, so that it is not read as the article "en".
  const alone = (m: number) => (m === 1 ? 'én' : below100(m));
  if (n < 100) return alone(n);
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 1 ? 'hundre' : `${below100(hundreds)} hundre`;
  return rest === 0 ? head : `${head} og ${alone(rest)}`;
}

// U+00A0 between the groups, as amounts are written (src/domain/shared/money.ts): the number never breaks over lines.
const inDigits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** "Én annen instans", "To andre instanser", "1 234 andre instanser": the start of the closing line. */
export function othersPhrase(n: number): string {
  if (Number.isInteger(n) && n > MAX_COUNT_IN_WORDS) return `${inDigits(n)} andre instanser`;
  const words = countInWords(n);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${n === 1 ? 'annen instans' : 'andre instanser'}`;
}

/** The whole closing line of a question block, as the printout has it (before the extraction wraps it). */
export function closingLine(n: number): string {
  return `${othersPhrase(n)} som har svart på dette skjema-seksjonen har ikke svart på dette spørsmålet.`;
}

// ---- Reading ------------------------------------------------------------------------------------------------------

// Spellings beside the ones rendered, all compared lower case without accents, spaces or hyphens.
const UNIT_WORDS: Record<string, number> = {
  en: 1, ein: 1, ett: 1, et: 1, eitt: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, atte: 8, ni: 9,
};
const TEEN_WORDS: Record<string, number> = {
  ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19,
};
const TENS_WORDS: Record<string, number> = {
  tjue: 20, tyve: 20, tretti: 30, tredve: 30, forti: 40, firti: 40, femti: 50, seksti: 60, sytti: 70, atti: 80, nitti: 90,
};

const fold = (text: string) =>
  text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/[\s-]+/g, '');

function readBelow100(s: string): number | null {
  const single = UNIT_WORDS[s] ?? TEEN_WORDS[s] ?? TENS_WORDS[s];
  if (single !== undefined) return single;
  for (const [tens, value] of Object.entries(TENS_WORDS)) {
    // Today's order: tens then unit ("tjueen").
    if (s.startsWith(tens)) {
      const unit = UNIT_WORDS[s.slice(tens.length)];
      if (unit !== undefined) return value + unit;
    }
    // Old counting: unit "og" tens ("enogtjue", "syvogtyve").
    if (s.endsWith(`og${tens}`)) {
      const unit = UNIT_WORDS[s.slice(0, -tens.length - 2)];
      if (unit !== undefined) return value + unit;
    }
  }
  return null;
}

// Digits, ungrouped or grouped by three with a space of any width ("1234", "1 234", "1 234").
const DIGITS = /^(?:\d+|\d{1,3}(?:[\s\u00a0\u2009\u202f]\d{3})+)$/u;

/** The number a count in words stands for (1–999), or null when the text is not such a count. Case, accents, spaces
 * and hyphens do not matter: "Én", "en", "Syv", "Enogtjue", "to hundre og femti" and "tohundreogfemti" all read.
 * Digits read too, at any size: the generator writes 1 000 and more so, and another tool might write any count so. */
export function parseCountInWords(text: string): number | null {
  const digits = text.trim();
  if (DIGITS.test(digits)) {
    const n = Number(digits.replace(/\D/g, ''));
    return n >= 1 && Number.isSafeInteger(n) ? n : null;
  }
  const s = fold(text);
  if (s === '') return null;
  const at = s.indexOf('hundre');
  if (at < 0) return readBelow100(s);
  const before = s.slice(0, at);
  const hundreds = before === '' ? 1 : UNIT_WORDS[before];
  if (hundreds === undefined) return null;
  let after = s.slice(at + 'hundre'.length);
  if (after === '') return hundreds * 100;
  if (after.startsWith('og')) after = after.slice(2);
  const rest = readBelow100(after);
  return rest === null ? null : hundreds * 100 + rest;
}

/** Reads "<count> annen instans" / "<count> andre instanser" at the start of a text: the count, or null. */
export function parseOthersPhrase(text: string): number | null {
  const match = /^\s*(.+?)\s+(annen\s+instans|andre\s+instanser)\b/iu.exec(text);
  return match?.[1] ? parseCountInWords(match[1]) : null;
}
