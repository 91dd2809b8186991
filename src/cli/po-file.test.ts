import { describe, expect, it } from 'vitest';
import { PoSyntaxError, escapePo, parsePo, serializePo, type PoFile } from './po-file.ts';

const file: PoFile = {
  comments: ['Kompetanseløft – Nynorsk', ''],
  headers: { Language: 'nn', 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=UTF-8', 'Content-Transfer-Encoding': '8bit' },
  entries: [
    { context: 'common.save', id: 'Lagre', str: 'Lagre', fuzzy: false, references: ['src/web/i18n/messages/nn.json'] },
    { context: 'shared.required', id: '{label} må fylles ut', str: '{label} må fyllast ut', fuzzy: true, references: ['src/domain/shared/messages/nn.json'] },
    { context: 'x.quote', id: 'Si «hei» og "hallo" med \\ skråstrek', str: '', fuzzy: false, references: [] },
    { context: 'x.lines', id: 'Første linje\nAndre linje\n', str: 'Fyrste linje\nAndre\tlinje\r\nslutt', fuzzy: false, references: ['a.json', 'b.json'] },
  ],
};

describe('PO files', () => {
  it('round-trip: what is written reads back the same', () => {
    const parsed = parsePo(serializePo(file));
    expect(parsed.headers).toEqual(file.headers);
    expect(parsed.comments).toEqual(file.comments);
    expect(parsed.entries.map(({ line: _line, ...e }) => e)).toEqual(file.entries);
  });

  it('writes the header, references, the fuzzy flag and msgctxt/msgid/msgstr', () => {
    const text = serializePo(file);
    expect(text).toContain('msgid ""\nmsgstr ""\n"Language: nn\\n"\n"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"');
    expect(text).toContain(
      '#: src/domain/shared/messages/nn.json\n#, fuzzy\nmsgctxt "shared.required"\nmsgid "{label} må fylles ut"\nmsgstr "{label} må fyllast ut"\n',
    );
    expect(text.startsWith('# Kompetanseløft – Nynorsk\n#\nmsgid ""')).toBe(true);
    expect(text.endsWith('msgid ""\n"Første linje\\n"\n"Andre linje\\n"\nmsgstr ""\n"Fyrste linje\\n"\n"Andre\\tlinje\\r\\n"\n"slutt"\n')).toBe(true);
  });

  it('escapes backslashes, quotes and control characters', () => {
    expect(escapePo('a "b" \\ c\nd\te')).toBe('a \\"b\\" \\\\ c\\nd\\te');
    expect(serializePo(file)).toContain('msgid "Si «hei» og \\"hallo\\" med \\\\ skråstrek"');
  });

  it('reads multi-line strings as tools wrap them, and flags among others', () => {
    const po = [
      'msgid ""',
      'msgstr ""',
      '"Language: nn_NO\\n"',
      '',
      '# en oversetterkommentar',
      '#. fra koden',
      '#: a.json:1',
      '#, fuzzy, c-format',
      '#| msgid "gammel"',
      'msgctxt "bm.long"',
      'msgid ""',
      '"Ein lang tekst som "',
      '"går over fleire linjer"',
      'msgstr ""',
      '"Ein lang tekst "',
      '"over linjer\\n"',
      '"og ei til"',
      'msgctxt "bm.next"',
      'msgid "Neste"',
      'msgstr "Neste"',
      '',
      '#~ msgctxt "gone"',
      '#~ msgid "Borte"',
      '#~ msgstr "Borte"',
    ].join('\r\n');
    const parsed = parsePo(`\uFEFF${po}`);
    expect(parsed.headers).toEqual({ Language: 'nn_NO' });
    expect(parsed.entries.map(({ line: _line, ...e }) => e)).toEqual([
      { context: 'bm.long', id: 'Ein lang tekst som går over fleire linjer', str: 'Ein lang tekst over linjer\nog ei til', fuzzy: true, references: ['a.json:1'] },
      { context: 'bm.next', id: 'Neste', str: 'Neste', fuzzy: false, references: [] },
    ]);
    expect(parsed.entries[0]?.line).toBe(5);
  });

  it('says where a file is broken', () => {
    const broken = (text: string) => {
      try {
        parsePo(text);
      } catch (error) {
        return error instanceof PoSyntaxError ? error.message : String(error);
      }
      return 'no error';
    };
    expect(broken('msgctxt "a"\nmsgid "b"\nmsgstr "c\n')).toBe('PO-filen har en feil på linje 3: teksten mangler avsluttende anførselstegn');
    expect(broken('msgid "a"\nmsgstr "b" "c"\n')).toMatch(/linje 2: et anførselstegn inne i teksten/);
    expect(broken('msgid "a\\q"\nmsgstr ""\n')).toMatch(/linje 1: ukjent escape-sekvens \\q/);
    expect(broken('msgctxt "a"\nmsgstr "b"\n')).toMatch(/linje 1: oppføringen mangler msgid/);
    expect(broken('msgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\n')).toMatch(/linje 2: flertallsformer/);
    expect(broken('"løs"\n')).toMatch(/linje 1: en fortsettelseslinje/);
    expect(broken('hei\n')).toMatch(/linje 1: ukjent linje: hei/);
  });
});
