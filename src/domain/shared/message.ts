// Messages the domain gives users — validation and refusals — as keys with parameters, rendered in the reader's
// language (issue 10, point 3; ADR 019). zod messages and field errors are strings, so a message travels as a token
// inside one: `msg('shared.required', { label: msg('org.label.name') })`. Tokens are rendered where a person reads
// them: Bokmål in AppError.userMessage (logs, CLI, tests), the request's language in the server's error answers, the
// UI language in the browser. A parameter may itself be a token (a field's label), rendered in the same language.
// Texts live per module in src/domain/<module>/messages/<lang>.json; message-catalogs.ts gathers them for the server,
// src/web/i18n/catalogs.ts for the browser; `msg` is in message-keys.ts, which bundles no text.

/** A parameter given in several languages (a catalogue question, say: content, not a message key), `nb` required;
 * rendered in the reader's language like the message around it. */
export type ParamTexts = { nb: string } & Record<string, string>;
export type MessageParams = Record<string, string | number | ParamTexts>;

/** A catalog entry: a reviewed text, or `{ text, status: 'draft' }`, a translation not yet reviewed (shown, and
 * marked in translator mode). JSON types `status` as string; the catalog test allows only 'draft'. */
export type CatalogEntry = string | { text: string; status: string };
export type MessageCatalog = Record<string, CatalogEntry>;

// U+2063 INVISIBLE SEPARATOR: never typed, never shown, survives JSON. Params are URI-encoded, so a token inside a
// param does not end the outer one.
export const MESSAGE_MARK = '\u2063';
const SEP = MESSAGE_MARK;
const TOKEN = /\u2063([A-Za-z0-9_.-]+)(?:~([^\u2063]*))?\u2063/g;
const WHOLE_TOKEN = /^\u2063[A-Za-z0-9_.-]+(?:~[^\u2063]*)?\u2063$/;

export function messageToken(key: string, params?: MessageParams): string {
  return `${SEP}${key}${params ? `~${encodeURIComponent(JSON.stringify(params))}` : ''}${SEP}`;
}

export function isMessageToken(text: string): boolean {
  return text.includes(SEP);
}

/** The key of a text that is one whole token (what msg() makes), else undefined: lets code decide by the message
 * without rendering it, so the browser needs no catalog for it. */
export function messageKey(text: string): string | undefined {
  return WHOLE_TOKEN.test(text) ? text.slice(1).split(/[~\u2063]/, 1)[0] : undefined;
}

export function entryText(entry: CatalogEntry | undefined): string | undefined {
  if (entry === undefined) return undefined;
  return typeof entry === 'string' ? entry : entry.text;
}

export function isDraft(entry: CatalogEntry | undefined): boolean {
  return typeof entry === 'object' && entry.status === 'draft';
}

/** Replaces {name} placeholders; an unknown placeholder is left as it is so the mistake shows. */
export function interpolate(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function decodeParams(encoded: string | undefined): MessageParams | undefined {
  if (!encoded) return undefined;
  try {
    const value: unknown = JSON.parse(decodeURIComponent(encoded));
    return typeof value === 'object' && value !== null ? (value as MessageParams) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Renders every token in `text` with `find` (key → text in the reader's language, with its own fallback); text
 * outside tokens is kept. A key `find` does not know is shown as the key, so the gap is visible. A parameter is
 * rendered only when it is one whole token (a label made by msg()); any other value is the user's text and stays as
 * it is, whatever it contains (the server refuses input with the mark, src/server/plugins/input-hygiene.ts). A
 * parameter given per language is said by `sayTexts` (the reader's language, Bokmål when it has none).
 */
export function renderMessage(text: string, find: (key: string) => string | undefined, sayTexts: (texts: ParamTexts) => string = (t) => t.nb): string {
  if (!isMessageToken(text)) return text;
  return text.replace(TOKEN, (_whole, key: string, encoded: string | undefined) => {
    const params = decodeParams(encoded);
    const rendered = params
      ? Object.fromEntries(
          Object.entries(params).map(([k, v]) => [
            k,
            typeof v === 'object' && v !== null ? sayTexts(v) : typeof v === 'string' && WHOLE_TOKEN.test(v) ? renderMessage(v, find, sayTexts) : v,
          ]),
        )
      : undefined;
    return interpolate(find(key) ?? key, rendered);
  });
}
