// `kompetanseloft texts export|import` as a translator runs them, on a copy of the catalog files (--root), so the real
// ones are never rewritten.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../domain/shared/message.ts';
import { parsePo, serializePo } from './po-file.ts';
import { updateCatalogJson } from './texts-commands.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/kompetanseloft.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-texts-'));
const cli = (...args: string[]) => run('node', [BIN, 'texts', ...args, '--root', root]);
const failure = (...args: string[]) => cli(...args).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);

/** Every catalog file of the copy, path → content. */
function catalogFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json')) files.set(path.relative(root, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(root, 'src'));
  return files;
}

let original: Map<string, string>;
let moduleKey: string;

beforeAll(() => {
  const dirs = [
    'src/web/i18n/messages',
    ...fs.readdirSync('src/web/pages').map((m) => `src/web/pages/${m}/texts`),
    ...fs.readdirSync('src/domain').map((m) => `src/domain/${m}/messages`),
  ].filter((d) => fs.existsSync(d));
  for (const dir of dirs) fs.cpSync(dir, path.join(root, dir), { recursive: true });
  original = catalogFiles();
  moduleKey = Object.keys(JSON.parse(original.get('src/web/pages/behovsmelding/texts/nb.json')!) as object)[0]!;
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('kompetanseloft texts', () => {
  it('has --help', async () => {
    for (const command of ['export', 'import']) expect((await cli(command, '--help')).stdout).toMatch(/Usage: kompetanseloft texts/);
  }, 60_000);

  it('exports Nynorsk, and imports a translator’s edits into the catalog files, nothing else', async () => {
    const out = path.join(root, 'nn.po');
    expect((await cli('export', '--lang', 'nn', '--out', out)).stdout).toMatch(/^Skrev .*nn\.po \(\d+ tekster\)/);
    const po = parsePo(fs.readFileSync(out, 'utf8'));
    expect(po.headers).toMatchObject({ Language: 'nn', 'Content-Type': 'text/plain; charset=UTF-8' });
    const save = po.entries.find((e) => e.context === 'common.save')!;
    expect(save).toMatchObject({ id: 'Lagre', str: 'Lagre', fuzzy: false, references: ['src/web/i18n/messages/nn.json'] });
    expect(po.entries.find((e) => e.context === 'translator.draftTitle')).toMatchObject({ fuzzy: true, references: ['src/web/i18n/messages/nn.json'] });
    expect(po.entries.find((e) => e.context === 'shared.required')?.references).toEqual(['src/domain/shared/messages/nn.json']);
    expect(po.entries.find((e) => e.context === moduleKey)?.references).toEqual(['src/web/pages/behovsmelding/texts/nn.json']);

    // Unchanged, it changes nothing.
    expect((await cli('import', out)).stdout).toContain('0 tekster endret');
    expect(catalogFiles()).toEqual(original);

    // A translator reviews one text, drafts another, and leaves one empty.
    save.str = 'Lagra';
    const drafted = po.entries.find((e) => e.context === moduleKey)!;
    Object.assign(drafted, { str: 'Eit «utkast» med "hermeteikn"\nog ei ny linje', fuzzy: true });
    po.entries.find((e) => e.context === 'common.cancel')!.str = '';
    const edited = path.join(root, 'nn-edited.po');
    fs.writeFileSync(edited, serializePo(po));
    const { stdout } = await cli('import', edited);
    expect(stdout).toContain('(nn): 2 tekster endret, 1 av dem utkast, i 2 filer');

    const now = catalogFiles();
    const changed = [...now.keys()].filter((f) => now.get(f) !== original.get(f)).sort();
    expect(changed).toEqual(['src/web/i18n/messages/nn.json', 'src/web/pages/behovsmelding/texts/nn.json']);
    const shared = JSON.parse(now.get('src/web/i18n/messages/nn.json')!) as Record<string, unknown>;
    expect(shared['common.save']).toBe('Lagra');
    expect(shared['common.cancel']).toBe(JSON.parse(original.get('src/web/i18n/messages/nn.json')!)['common.cancel']);
    const module = now.get('src/web/pages/behovsmelding/texts/nn.json')!;
    expect(JSON.parse(module)[moduleKey]).toEqual({ text: 'Eit «utkast» med "hermeteikn"\nog ei ny linje', status: 'draft' });
    // Key order and formatting kept: only the edited line differs.
    const lines = (text: string) => text.split('\n');
    const differing = lines(module).filter((l, i) => l !== lines(original.get('src/web/pages/behovsmelding/texts/nn.json')!)[i]);
    expect(differing).toEqual([`  ${JSON.stringify(moduleKey)}: { "text": "Eit «utkast» med \\"hermeteikn\\"\\nog ei ny linje", "status": "draft" },`]);
    expect(module.endsWith('}\n')).toBe(true);
  }, 60_000);

  it('refuses an unknown key in Norwegian and writes nothing, not even the file’s good entries', async () => {
    const before = catalogFiles();
    const po = `msgid ""\nmsgstr ""\n"Language: nn\\n"\n\nmsgctxt "common.save"\nmsgid "Lagre"\nmsgstr "Lagre no"\n\nmsgctxt "finst.ikkje"\nmsgid "Noe"\nmsgstr "Noko"\n`;
    fs.writeFileSync(path.join(root, 'bad.po'), po);
    const result = await failure('import', path.join(root, 'bad.po'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PO-filen ble ikke lest inn, ingenting er skrevet');
    expect(result.stderr).toContain('linje 9: ukjent nøkkel «finst.ikkje»');
    expect(catalogFiles()).toEqual(before);
  }, 60_000);

  it('needs a language it knows, and exports only drafts with --status draft', async () => {
    fs.writeFileSync(path.join(root, 'nolang.po'), 'msgctxt "common.save"\nmsgid "Lagre"\nmsgstr "Lagre"\n');
    expect((await failure('import', path.join(root, 'nolang.po'))).stderr).toContain('Språket står ikke i PO-filen');
    expect((await failure('export', '--lang', 'xx')).stderr).toContain('Ukjent språk «xx»');
    const drafts = parsePo((await cli('export', '--lang', 'nn', '--status', 'draft')).stdout).entries;
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((e) => e.fuzzy)).toBe(true);
  }, 60_000);
});

describe('rewriting a catalog file', () => {
  const file = '{\n  "_meta": { "name": "Davvisámegiella", "htmlLang": "se", "order": 10 },\n  "a": "A",\n  "c": { "text": "C", "status": "draft" }\n}\n';

  it('keeps what it does not change as written, and puts a new key after its Bokmål neighbour', () => {
    const changes = new Map<string, CatalogEntry>([
      ['b', 'B'],
      ['c', 'C!'],
      ['0', { text: 'Null', status: 'draft' }],
    ]);
    expect(updateCatalogJson(file, changes, ['0', 'a', 'b', 'c'])).toBe(
      '{\n  "_meta": { "name": "Davvisámegiella", "htmlLang": "se", "order": 10 },\n  "0": { "text": "Null", "status": "draft" },\n  "a": "A",\n  "b": "B",\n  "c": "C!"\n}\n',
    );
  });

  it('writes a new file', () => {
    expect(updateCatalogJson('{}\n', new Map([['a', 'A \\ "b"']]), ['a'])).toBe('{\n  "a": "A \\\\ \\"b\\""\n}\n');
  });
});
