// The gettext PO format, for translators (ADR 019): reading and writing, nothing else — no files, no catalogs (those
// are texts-commands.ts's). An entry is `msgctxt` (our key), `msgid` (the Bokmål text), `msgstr` (the translation),
// with `#: file` references and the `#, fuzzy` flag (our draft). Plural forms are not used here, so not read.

export type PoEntry = {
  context?: string;
  id: string;
  str: string;
  fuzzy: boolean;
  /** `#:` lines: where the text lives. */
  references: string[];
  /** The line the entry starts on, when read from a file (for error messages). */
  line?: number;
};

export type PoFile = {
  /** `# ` lines at the top of the file. */
  comments: string[];
  /** The header entry's fields (msgid ""), in order: Language, Content-Type … */
  headers: Record<string, string>;
  entries: PoEntry[];
};

export class PoSyntaxError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`PO-filen har en feil på linje ${line}: ${problem}`);
    this.name = 'PoSyntaxError';
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };

export function escapePo(text: string): string {
  return text.replace(/[\\"\n\t\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c]!);
}

/** A keyword and its string: one line, or "" and a line per text line (after each \n) when the text has several. */
function field(keyword: string, text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  if (lines.length < 2) return [`${keyword} "${escapePo(text)}"`];
  return [`${keyword} ""`, ...lines.map((l) => `"${escapePo(l)}"`)];
}

export function serializePo(file: PoFile): string {
  const header = Object.entries(file.headers)
    .map(([name, value]) => `${name}: ${value}\n`)
    .join('');
  // The header is always written as lines under msgstr "", as every tool does.
  const headerLines = [...header.split(/(?<=\n)/).filter(Boolean).map((l) => `"${escapePo(l)}"`)];
  const blocks = [[...file.comments.map((c) => (c ? `# ${c}` : '#')), 'msgid ""', 'msgstr ""', ...headerLines]];
  for (const e of file.entries)
    blocks.push([
      ...e.references.map((r) => `#: ${r}`),
      ...(e.fuzzy ? ['#, fuzzy'] : []),
      ...(e.context !== undefined ? field('msgctxt', e.context) : []),
      ...field('msgid', e.id),
      ...field('msgstr', e.str),
    ]);
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

/** The text of a quoted PO string: "a \"b\"\n" → a "b" and a line break. */
function unquote(raw: string, line: number): string {
  const s = raw.trim();
  if (!s.startsWith('"')) throw new PoSyntaxError(line, `ventet en tekst i anførselstegn, fant ${s || 'ingenting'}`);
  let text = '';
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"') {
      if (s.slice(i + 1).trim() !== '') throw new PoSyntaxError(line, 'et anførselstegn inne i teksten må skrives \\"');
      return text;
    }
    if (c !== '\\') {
      text += c;
      continue;
    }
    const escaped = ESCAPES[s[++i] ?? ''];
    if (escaped === undefined) throw new PoSyntaxError(line, `ukjent escape-sekvens \\${s[i] ?? ''}`);
    text += escaped;
  }
  throw new PoSyntaxError(line, 'teksten mangler avsluttende anførselstegn');
}

type Field = 'context' | 'id' | 'str';
const FIELDS: Record<string, Field> = { msgctxt: 'context', msgid: 'id', msgstr: 'str' };
type Draft = { context?: string; id?: string; str?: string; fuzzy: boolean; references: string[]; line: number; last?: Field };

export function parsePo(text: string): PoFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const comments: string[] = [];
  let headers: Record<string, string> | null = null;
  const entries: PoEntry[] = [];
  let entry: Draft | null = null;
  let seenEntry = false;

  const finish = () => {
    if (!entry) return;
    const e = entry;
    entry = null;
    if (e.id === undefined && e.str === undefined && e.context === undefined) return; // comments only
    if (e.id === undefined) throw new PoSyntaxError(e.line, 'oppføringen mangler msgid');
    if (e.str === undefined) throw new PoSyntaxError(e.line, 'oppføringen mangler msgstr');
    if (e.id === '' && e.context === undefined) {
      if (headers) throw new PoSyntaxError(e.line, 'filen har to hoder (msgid "")');
      headers = parseHeaders(e.str);
      return;
    }
    entries.push({ ...(e.context !== undefined ? { context: e.context } : {}), id: e.id, str: e.str, fuzzy: e.fuzzy, references: e.references, line: e.line });
  };
  const current = (n: number): Draft => (entry ??= { fuzzy: false, references: [], line: n });

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (line === '') return finish();
    if (line.startsWith('#~')) return; // an obsolete entry: not ours any more
    if (line.startsWith('#')) {
      // A comment after a msgstr begins the next entry.
      if (entry?.str !== undefined) finish();
      if (!seenEntry && (line.startsWith('# ') || line === '#')) comments.push(line.slice(2));
      const e = current(n);
      if (line.startsWith('#,'))
        e.fuzzy ||= line
          .slice(2)
          .split(',')
          .some((flag) => flag.trim() === 'fuzzy');
      else if (line.startsWith('#:')) e.references.push(...line.slice(2).trim().split(/\s+/).filter(Boolean));
      return;
    }
    if (line.startsWith('"')) {
      if (!entry?.last) throw new PoSyntaxError(n, 'en fortsettelseslinje uten msgctxt, msgid eller msgstr foran');
      entry[entry.last] = (entry[entry.last] ?? '') + unquote(line, n);
      return;
    }
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(.*)$/.exec(line);
    if (!m) throw new PoSyntaxError(n, `ukjent linje: ${line}`);
    const keyword = m[1]!;
    if (keyword === 'msgid_plural' || keyword.startsWith('msgstr[')) throw new PoSyntaxError(n, 'flertallsformer (msgid_plural) brukes ikke her');
    // msgctxt or msgid after a msgstr begins the next entry even without a blank line between.
    if ((keyword === 'msgctxt' || keyword === 'msgid') && entry?.str !== undefined) finish();
    seenEntry = true;
    const e = current(n);
    const name = FIELDS[keyword]!;
    if (e[name] !== undefined) throw new PoSyntaxError(n, `${keyword} to ganger i samme oppføring`);
    e[name] = unquote(m[2]!, n);
    e.last = name;
  });
  finish();
  return { comments, headers: headers ?? {}, entries };
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
