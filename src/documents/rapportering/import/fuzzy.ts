// Comparing printed words with what they should say. Real printouts hold misspelled labels ("Spørmsål", "Alterantiv")
// and questions whose text changed a little between years, so labels and question texts are compared folded (case,
// accents and whitespace ignored) and allowed a few edits.

// Every line is compared many times (against each category, each respondent's name), so letters are folded by a
// table rather than by Unicode normalisation.
const FOLDED: Record<string, string> = {
  ø: 'o', æ: 'ae', å: 'a', é: 'e', è: 'e', ê: 'e', á: 'a', à: 'a', ä: 'a', ö: 'o', ó: 'o', ü: 'u', ú: 'u', í: 'i',
  š: 's', č: 'c', ŋ: 'n', đ: 'd', ž: 'z', ŧ: 't', ï: 'i',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(FOLDABLE, (c) => FOLDED[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edit distance (insert, delete, replace), stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A label, misspelled by at most two edits ("Spørmsål" is two), one for a label of five letters or fewer (so that a
 * name such as "Arne:" is not read as "Annet:"). */
export function isLabel(word: string, label: string): boolean {
  const a = fold(word);
  const b = fold(label);
  const allowed = b.length <= 5 ? 1 : 2;
  return editDistance(a, b, allowed) <= allowed;
}

/** Two longer texts that say the same but for a few slips: at most one edit per 20 characters. */
export function isNearly(text: string, expected: string): boolean {
  const a = fold(text);
  const b = fold(expected);
  if (a === b) return true;
  const allowed = Math.floor(b.length / 20);
  return allowed > 0 && editDistance(a, b, allowed) <= allowed;
}
