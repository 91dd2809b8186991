// Turns an audit row's before/after snapshots into the fields that changed, as text, for a readable diff.
// Pure, so it is unit-tested without a browser.

export type Change = { field: string; before: string; after: string };

/** Bookkeeping columns that change on every update and say nothing to a reader. */
const NOISE = new Set(['updatedAt', 'createdAt', 'version']);
const MAX_LENGTH = 300;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}

export function auditChanges(before: unknown, after: unknown): Change[] {
  if (!isRecord(before) && !isRecord(after)) {
    const b = displayValue(before);
    const a = displayValue(after);
    return b === a ? [] : [{ field: '', before: b, after: a }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !NOISE.has(f)).sort();
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((f) => ({ field: f, before: displayValue(b[f]), after: displayValue(a[f]) }));
}
