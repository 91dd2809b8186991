// A field's value as one line of text, for the conflict panel ("Din versjon" / "Lagret av …") and the version
// history: texts as written, numbers the Norwegian way, tables as their cells (rows split by " / "), cut at `max`.
import { formatNumber } from '../../../domain/shared/money.ts';

export type PreviewWords = { yes: string; no: string; empty: string };

function leaves(value: unknown, words: PreviewWords): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim().replace(/\s+/g, ' ');
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : '';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map((v) => leaves(v, words)).filter(Boolean).join(' / ');
  if (typeof value === 'object') return Object.values(value).map((v) => leaves(v, words)).filter(Boolean).join(' · ');
  return '';
}

export function valuePreview(value: unknown, words: PreviewWords, max = 400): string {
  const text = leaves(value, words);
  if (text === '') return words.empty;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
