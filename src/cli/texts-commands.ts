// `kompetanseloft texts export|import`: translators work in PO files, outside the code (ADR 019). One entry per key
// of the UI's catalogs (src/web/i18n/messages, src/web/pages/*/texts) and of the domain's messages
// (src/domain/*/messages): msgctxt = key, msgid = Bokmål, msgstr = the language's text, `#, fuzzy` for a draft.
// Import rewrites the language's catalog files: reviewed text without fuzzy, `{ text, status: 'draft' }` with it.
// The PO format itself is po-file.ts's; this file finds the catalogs on disk and rewrites them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { AppError } from '../domain/shared/app-error.ts';
import { entryText, isDraft, type CatalogEntry } from '../domain/shared/message.ts';
import { PoSyntaxError, parsePo, serializePo, type PoEntry } from './po-file.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REFERENCE = 'nb';
const SHARED_UI = 'src/web/i18n/messages';
const STATUSES = ['all', 'draft', 'reviewed', 'missing'] as const;
type Status = (typeof STATUSES)[number];

type Json = Record<string, unknown>;

/** One folder of catalogs (nb.json, nn.json …) and the Bokmål keys it holds. */
type Folder = { dir: string; nb: Json };

/** A key of a language: where it lives, its Bokmål, and the language's entry (undefined when not translated). */
type Text = { key: string; dir: string; file: string; source: string; entry: CatalogEntry | undefined };

function readJson(file: string): Json {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  } catch (error) {
    throw new AppError('VALIDATION', `Kunne ikke lese ${file}: ${(error as Error).message}`);
  }
}

const subfolders = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];

/** Every catalog folder under `root`, in a fixed order: the UI's shared texts, each module's, the domain's messages. */
function catalogFolders(root: string): Folder[] {
  const dirs = [
    SHARED_UI,
    ...subfolders(path.join(root, 'src/web/pages')).map((m) => `src/web/pages/${m}/texts`),
    ...subfolders(path.join(root, 'src/domain')).map((m) => `src/domain/${m}/messages`),
  ];
  const folders = dirs.filter((dir) => fs.existsSync(path.join(root, dir, `${REFERENCE}.json`))).map((dir) => ({ dir, nb: readJson(path.join(root, dir, `${REFERENCE}.json`)) }));
  if (!folders.some((f) => f.dir === SHARED_UI)) throw new AppError('VALIDATION', `Fant ikke katalogene: ${path.join(root, SHARED_UI, 'nb.json')} finnes ikke (se --root)`);
  return folders;
}

/** The texts of a language, in catalog order; a key in two Bokmål files is an error. */
function textsOf(root: string, language: string): { texts: Text[]; files: Map<string, Json | null> } {
  if (language === REFERENCE) throw new AppError('VALIDATION', 'Bokmål er referansespråket (msgid); velg språket som skal oversettes, for eksempel --lang nn');
  if (!/^[a-z]{2,3}$/.test(language) || !fs.existsSync(path.join(root, SHARED_UI, `${language}.json`)))
    throw new AppError('VALIDATION', `Ukjent språk «${language}»: det finnes ingen ${SHARED_UI}/${language}.json`);
  const texts: Text[] = [];
  const files = new Map<string, Json | null>();
  const seen = new Map<string, string>();
  for (const folder of catalogFolders(root)) {
    const file = `${folder.dir}/${language}.json`;
    const own = fs.existsSync(path.join(root, file)) ? readJson(path.join(root, file)) : null;
    files.set(file, own);
    for (const [key, value] of Object.entries(folder.nb)) {
      if (key === '_meta') continue;
      const earlier = seen.get(key);
      if (earlier) throw new AppError('VALIDATION', `Nøkkelen ${key} finnes i både ${earlier} og ${folder.dir}`);
      seen.set(key, folder.dir);
      texts.push({ key, dir: folder.dir, file, source: entryText(value as CatalogEntry) ?? '', entry: own?.[key] as CatalogEntry | undefined });
    }
  }
  return { texts, files };
}

const statusOf = (entry: CatalogEntry | undefined): Exclude<Status, 'all'> => (!entryText(entry) ? 'missing' : isDraft(entry) ? 'draft' : 'reviewed');

export function exportPo(root: string, language: string, status: Status): { po: string; count: number } {
  const { texts } = textsOf(root, language);
  const shared = readJson(path.join(root, SHARED_UI, `${language}.json`));
  const name = (shared._meta as { name?: string } | undefined)?.name ?? language;
  const chosen = texts.filter((t) => status === 'all' || statusOf(t.entry) === status);
  const po = serializePo({
    comments: [
      `Kompetanseløft – tekster på ${name} (${language}). msgctxt er nøkkelen, msgid bokmålsteksten.`,
      'En oversettelse med «fuzzy» er et utkast; fjern «fuzzy» når teksten er gjennomgått.',
      `Les inn igjen med: npx kompetanseloft texts import FIL --lang ${language}`,
    ],
    headers: {
      'Project-Id-Version': 'Kompetanseløft',
      Language: language,
      'Language-Team': name,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Source-Language': REFERENCE,
    },
    entries: chosen.map((t) => ({ context: t.key, id: t.source, str: entryText(t.entry) ?? '', fuzzy: isDraft(t.entry), references: [t.file] })),
  });
  return { po, count: chosen.length };
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

/** A language from a PO header: nn, nn_NO, nn-NO → nn. */
const languageOfHeader = (value: string | undefined) => value?.trim().split(/[_-]/)[0]?.toLowerCase() || undefined;

export type ImportResult = { language: string; changed: number; drafts: number; files: string[]; notes: string[] };

/** Reads a PO file into the catalogs of its language: all of it, or (on any error) nothing. */
export function importPo(root: string, text: string, lang?: string): ImportResult {
  let po;
  try {
    po = parsePo(text);
  } catch (error) {
    if (error instanceof PoSyntaxError) throw new AppError('VALIDATION', error.message);
    throw error;
  }
  const fromHeader = languageOfHeader(po.headers.Language);
  const language = lang ?? fromHeader;
  if (!language) throw new AppError('VALIDATION', 'Språket står ikke i PO-filen (Language:); oppgi det med --lang');
  const notes = fromHeader && lang && fromHeader !== lang ? [`Merk: PO-filen sier Language: ${po.headers.Language}, men leses inn som ${lang} (--lang)`] : [];
  const { texts, files } = textsOf(root, language);
  const byKey = new Map(texts.map((t) => [t.key, t]));

  const problems: string[] = [];
  const updates = new Map<string, Map<string, CatalogEntry>>();
  const done = new Set<string>();
  let drafts = 0;
  for (const e of po.entries) {
    const where = `linje ${e.line}`;
    if (e.context === undefined) {
      problems.push(`${where}: oppføringen mangler msgctxt (nøkkelen)`);
      continue;
    }
    const t = byKey.get(e.context);
    if (!t) {
      problems.push(`${where}: ukjent nøkkel «${e.context}»`);
      continue;
    }
    if (done.has(e.context)) problems.push(`${where}: nøkkelen «${e.context}» står to ganger`);
    done.add(e.context);
    if (e.str === '') continue;
    if (placeholders(e.str) !== placeholders(t.source)) {
      const expected = placeholders(t.source);
      problems.push(`${where}: «${e.context}» må ha de samme plassholderne som bokmål (${expected ? `{${expected.replaceAll(',', '}, {')}}` : 'ingen'})`);
      continue;
    }
    const entry = entryOf(e, t, notes);
    if (JSON.stringify(entry) === JSON.stringify(t.entry)) continue;
    if (isDraft(entry)) drafts++;
    if (!updates.has(t.file)) updates.set(t.file, new Map());
    updates.get(t.file)!.set(t.key, entry);
  }
  if (problems.length)
    throw new AppError('VALIDATION', `PO-filen ble ikke lest inn, ingenting er skrevet:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … og ${problems.length - 20} til` : ''}`);

  const written: { file: string; content: string }[] = [];
  for (const [file, changes] of updates) {
    const nbOrder = texts.filter((t) => t.file === file).map((t) => t.key);
    const existing = files.get(file);
    const original = existing ? fs.readFileSync(path.join(root, file), 'utf8') : '{}\n';
    if (!existing) notes.push(`Ny fil: ${file}${file.startsWith('src/domain/') ? ' (legg den til i src/domain/shared/message-catalogs.ts)' : ''}`);
    written.push({ file, content: updateCatalogJson(original, changes, nbOrder) });
  }
  // Everything is checked and formatted before the first file is written.
  for (const { file, content } of written) fs.writeFileSync(path.join(root, file), content);
  const changed = [...updates.values()].reduce((n, m) => n + m.size, 0);
  return { language, changed, drafts, files: written.map((w) => w.file), notes };
}

/** The catalog value of a PO entry: a draft when fuzzy, or when the Bokmål it was translated from has changed since. */
function entryOf(e: PoEntry, t: Text, notes: string[]): CatalogEntry {
  if (e.fuzzy) return { text: e.str, status: 'draft' };
  if (e.id !== t.source) {
    notes.push(`«${t.key}»: bokmålsteksten er endret siden eksporten, så oversettelsen leses inn som utkast`);
    return { text: e.str, status: 'draft' };
  }
  return e.str;
}

/** Top-level members of a JSON object with each value's text as written, so unchanged values keep their form. */
function members(text: string): [string, string][] {
  const out: [string, string][] = [];
  let i = text.indexOf('{') + 1;
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const str = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return text.slice(start, ++i);
  };
  const value = () => {
    const start = i;
    if (text[i] === '"') return str();
    if (text[i] !== '{' && text[i] !== '[') {
      while (i < text.length && !/[\s,}\]]/.test(text[i]!)) i++;
      return text.slice(start, i);
    }
    let depth = 0;
    do {
      if (text[i] === '"') {
        str();
        continue;
      }
      if (text[i] === '{' || text[i] === '[') depth++;
      else if (text[i] === '}' || text[i] === ']') depth--;
      i++;
    } while (depth > 0 && i < text.length);
    return text.slice(start, i);
  };
  for (ws(); text[i] !== '}' && i < text.length; ws()) {
    const key = JSON.parse(str()) as string;
    ws();
    i++; // :
    ws();
    out.push([key, value()]);
    ws();
    if (text[i] === ',') i++;
  }
  return out;
}

const formatEntry = (entry: CatalogEntry) =>
  typeof entry === 'string' ? JSON.stringify(entry) : `{ "text": ${JSON.stringify(entry.text)}, "status": ${JSON.stringify(entry.status)} }`;

/**
 * A catalog file with `changes` made: changed values rewritten (a draft on one line, as the files write them), the
 * rest as it was; a new key goes after the nearest key before it in Bokmål's order. Two-space indent, newline at the
 * end.
 */
export function updateCatalogJson(original: string, changes: Map<string, CatalogEntry>, nbOrder: string[]): string {
  const entries = members(original);
  for (const [key, entry] of changes) {
    const at = entries.findIndex(([k]) => k === key);
    if (at >= 0) {
      entries[at] = [key, formatEntry(entry)];
      continue;
    }
    const before = nbOrder.slice(0, nbOrder.indexOf(key)).reverse();
    const after = entries.findIndex(([k]) => k === before.find((b) => entries.some(([e]) => e === b)));
    const position = after >= 0 ? after + 1 : entries[0]?.[0] === '_meta' ? 1 : 0;
    entries.splice(position, 0, [key, formatEntry(entry)]);
  }
  return entries.length ? `{\n${entries.map(([k, raw]) => `  ${JSON.stringify(k)}: ${raw}`).join(',\n')}\n}\n` : '{}\n';
}

export function registerTextsCommands(program: Command) {
  const texts = program.command('texts').description('Tekster og oversettelser: PO-filer for oversettere (ADR 019)');
  texts
    .command('export')
    .description('Skriv en PO-fil med alle tekstene på ett språk: brukergrensesnittet og meldingene')
    .requiredOption('--lang <språk>', 'språket som oversettes: nn, en, se …')
    .option('--status <status>', `${STATUSES.join(' | ')}: bare utkast, gjennomgåtte eller manglende tekster`, 'all')
    .option('--out <fil>', 'filen som skal skrives (ellers standard ut)')
    .option('--root <mappe>', 'prosjektmappen med src/', REPO_ROOT)
    .action((opts: { lang: string; status: string; out?: string; root: string }) => {
      if (!(STATUSES as readonly string[]).includes(opts.status)) throw new AppError('VALIDATION', `--status må være ${STATUSES.join(', ')}`);
      const { po, count } = exportPo(path.resolve(opts.root), opts.lang, opts.status as Status);
      if (!opts.out) return void process.stdout.write(po);
      fs.writeFileSync(opts.out, po);
      console.log(`Skrev ${opts.out} (${count} tekster)`);
    });
  texts
    .command('import <fil>')
    .description('Les en PO-fil inn i katalogfilene: uten «fuzzy» blir teksten gjennomgått, med «fuzzy» et utkast; tom msgstr endrer ingenting')
    .option('--lang <språk>', 'språket (ellers fra PO-filens Language-hode)')
    .option('--root <mappe>', 'prosjektmappen med src/', REPO_ROOT)
    .action((file: string, opts: { lang?: string; root: string }) => {
      if (!fs.existsSync(file)) throw new AppError('VALIDATION', `Fant ikke filen ${file}`);
      const result = importPo(path.resolve(opts.root), fs.readFileSync(file, 'utf8'), opts.lang);
      for (const note of result.notes) console.log(note);
      console.log(`Leste inn ${file} (${result.language}): ${result.changed} tekster endret, ${result.drafts} av dem utkast, i ${result.files.length} filer`);
    });
}
