// A field's value as one line of text, for the conflict panel ("Din versjon" / "Lagret av …") and the version
// history: texts as written, numbers the Norwegian way, tables as their cells (rows split by " / "), cut at `max`.
import { formatNumber } from '../../../domain/shared/money.ts';

/** `labelOf`: the name of a member of a grouped answer (`ownerKr` → "6.3 Tilskudd eier(ne) ber om (kr)"), so a
 * group reads "År: 2027 · Tilskudd …: 500 000" instead of bare numbers; a member without a label is shown bare. */
export type PreviewWords = { yes: string; no: string; empty: string; labelOf?: ((key: string) => string | undefined) | undefined };

/** A year is a number written without thousands separators: "2027", never "2 027". */
const isYearKey = (key: string | undefined) => key !== undefined && /(^|[a-z])(year|Year)$/.test(key);

function leaves(value: unknown, words: PreviewWords, key?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim().replace(/\s+/g, ' ');
  if (typeof value === 'number') return !Number.isFinite(value) ? '' : isYearKey(key) && Number.isInteger(value) ? String(value) : formatNumber(value);
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map((v) => leaves(v, words, key)).filter(Boolean).join(' / ');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => {
        const text = leaves(v, words, k);
        const label = text === '' ? undefined : words.labelOf?.(k);
        return label ? `${label}: ${text}` : text;
      })
      .filter(Boolean)
      .join(' · ');
  return '';
}

export function valuePreview(value: unknown, words: PreviewWords, max = 400): string {
  const text = leaves(value, words);
  if (text === '') return words.empty;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
