// Whether a value may be stored in a field of the behovsmelding, and whether a stored value is still valid.
//
// A save is checked against the field's draft schema (shape, lengths, rows, nesting). Before zod sees the value its
// depth and size are measured without recursion: a value nested hundreds of levels deep would otherwise overflow the
// stack of the schema walk (and later of every reader). Reading never throws on stored data: each field row keeps the
// verdict of its save with the catalogue version it was checked under, and only rows checked under an older
// catalogue are checked again, when they are read. A value that no longer validates is shown as an error at its field.
import { BEHOVSMELDING_CATALOGUE, fieldDef, parseFieldKey } from './application-fields.ts';
import { msg } from '../shared/message-keys.ts';

/** The catalogue's version (catalogue-data.ts): raise it when a field's schema changes so that values saved under the
 * old one are checked again on reading. */
export const FIELD_CATALOGUE_VERSION = BEHOVSMELDING_CATALOGUE.version;

/** Deeper than any field of the catalogue can be (a budget table with its detail tables is about 15 levels). */
export const MAX_FIELD_DEPTH = 24;
export const MAX_FIELD_BYTES = 512 * 1024;

/** `message`: a message token (msg()); the field's label in it is the question as the form asks it. */
export type TFieldCheck = { ok: true; value: unknown } | { ok: false; message: string };

/** The nesting depth of a JSON value, measured iteratively; stops counting once past `limit`. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** The value as the field stores it, or why it may not be stored. */
export function checkFieldValue(key: string, value: unknown): TFieldCheck {
  const def = fieldDef(key);
  if (!def) return { ok: false, message: msg('behovsmelding.unknownField', { key: key.slice(0, 100) }) };
  const label = def.label;
  if (jsonDepthExceeds(value, MAX_FIELD_DEPTH)) return { ok: false, message: msg('behovsmelding.valueTooDeep', { label }) };
  const parsed = def.schema.safeParse(value ?? null);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.message ?? msg('behovsmelding.invalidValue');
    const place = issue ? placeOf(issue.path) : null;
    return { ok: false, message: place ? msg('behovsmelding.fieldMessageAt', { label, message, place }) : msg('behovsmelding.fieldMessage', { label, message }) };
  }
  if (new TextEncoder().encode(JSON.stringify(parsed.data) ?? 'null').length > MAX_FIELD_BYTES) return { ok: false, message: msg('behovsmelding.fieldTooLarge', { label }) };
  return { ok: true, value: parsed.data };
}

/**
 * Where in a table field a problem is, as the form shows it: `lines.1.description` is "linje 2" (the message itself
 * names the input), a detail line `lines.0.details.lines.2.unitPrice` "linje 1.3", a row of any other table "rad 4".
 * An internal path never reaches the user. Null when the problem is not in a row.
 */
export function placeOf(path: readonly PropertyKey[]): string | null {
  const numbers = path.filter((s): s is number => typeof s === 'number').map((n) => n + 1);
  if (numbers.length === 0) return null;
  const n = numbers.join('.');
  return path.includes('lines') ? msg('behovsmelding.place.line', { n }) : msg('behovsmelding.place.row', { n });
}

/** The part ids the application has (its `parts` field), as a set; an invalid `parts` value has none. */
export function partIdsOf(parts: unknown): Set<string> {
  if (!Array.isArray(parts)) return new Set();
  return new Set(parts.flatMap((p) => (p !== null && typeof p === 'object' && typeof (p as { id?: unknown }).id === 'string' ? [(p as { id: string }).id] : [])));
}

/** Whether a key belongs to the application: a field of the catalogue, or a part field of a part it has. */
export function keyBelongsTo(key: string, partIds: ReadonlySet<string>): boolean {
  const parsed = parseFieldKey(key);
  if (!parsed) return false;
  return parsed.kind === 'fixed' || partIds.has(parsed.partId);
}
