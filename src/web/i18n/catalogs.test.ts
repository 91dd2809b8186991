// The message files: Bokmål is the reference; Nynorsk (språklova) and English must be complete; no file may carry
// keys Bokmål lacks (a typo or a leftover); Northern Sámi may be partial, and its gaps are marked in translator mode.
// The UI's texts are split per module (ADR 019): a key lives in one file per language, a module's file of any
// language holds only keys of that module's Bokmål file, and MessageKey knows every module folder with texts.
import { describe, expect, it } from 'vitest';
import { MESSAGE_CATALOGS } from '../../domain/shared/message-catalogs.ts';
import { entryText, type CatalogEntry } from '../../domain/shared/message.ts';
import {
  TEXT_MODULES,
  allUiTextFiles,
  catalogs,
  catalogsFromModules,
  duplicateKeys,
  languages,
  languagesOf,
  textFilesOf,
  uiTextFiles,
  type Catalog,
  type MessageKey,
} from './catalogs.ts';
import { MISSING_CLOSE, MISSING_OPEN, interpolate, lookup, missingTranslationTitle, translate } from './translate.ts';
import schemes from '../../../reference-data/schemes.json';

const keysOf = (c: Catalog | undefined) => Object.keys(c ?? {}).filter((k) => k !== '_meta');
// Every text, the modules' that load with their pages included (they are checked like the rest).
const firstBundleModules = new Set(textFilesOf(uiTextFiles).map((f) => f.module));
const allFiles = await allUiTextFiles();
const nbKeys = keysOf(catalogs.nb);
const files = textFilesOf(allFiles);
const moduleFiles = files.filter((f) => f.module !== 'shared');
const schemesFile: { id: string; name: Record<string, string | undefined> }[] = schemes;
const nbFileOf = (module: string) => files.find((f) => f.module === module && f.language === 'nb');

describe('message catalogs', () => {
  it('keeps the samarbeidsforum’s texts out of the first bundle and loads them with its pages', () => {
    expect(firstBundleModules.has('forum')).toBe(false);
    expect(files.filter((f) => f.module === 'forum').map((f) => f.language).sort()).toEqual(['en', 'nb', 'nn', 'se']);
    expect(nbKeys).toContain('frames.intro');
  });

  it('discovers every file in messages/, Bokmål first', () => {
    expect(Object.keys(catalogs).sort()).toEqual(expect.arrayContaining(['en', 'nb', 'nn', 'se']));
    expect(languages[0]?.code).toBe('nb');
  });

  it.each(['nn', 'en'])('%s has every key of nb', (code) => {
    // A draft translation counts: it is there, marked for review (ADR 019).
    const missing = nbKeys.filter((k) => !entryText(catalogs[code]?.[k] as CatalogEntry | undefined));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(catalogs))('%s has no keys that nb lacks', (code) => {
    expect(keysOf(catalogs[code]).filter((k) => !nbKeys.includes(k))).toEqual([]);
  });

  it.each(Object.keys(catalogs))('%s names itself and its html lang', (code) => {
    expect(catalogs[code]?._meta.name).toBeTruthy();
    expect(catalogs[code]?._meta.htmlLang).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
  });

  it('every placeholder of a translation exists in Bokmål', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, catalog] of Object.entries(catalogs))
      for (const key of keysOf(catalog)) {
        const text = entryText(catalog[key] as CatalogEntry);
        const reference = entryText(catalogs.nb?.[key] as CatalogEntry);
        if (text !== undefined && reference !== undefined) expect(placeholders(text), `${code}: ${key}`).toEqual(placeholders(reference));
      }
  });

  it('a text is reviewed (a string) or a draft: { text, status: "draft" }, no other status', () => {
    const domainFiles = Object.entries(MESSAGE_CATALOGS).map(([code, entries]) => ({ path: `domain ${code}`, entries }));
    const wrong = [...files, ...domainFiles].flatMap(({ path, entries }) =>
      Object.entries(entries)
        .filter(([key]) => key !== '_meta')
        .filter(([, value]) => {
          if (typeof value === 'string') return false;
          const v = value as Record<string, unknown>;
          return !(typeof v.text === 'string' && v.status === 'draft' && Object.keys(v).length === 2);
        })
        .map(([key, value]) => `${path}: ${key} = ${JSON.stringify(value)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('a further language is one more file', () => {
    const extra = catalogsFromModules({ './messages/smj.json': { _meta: { name: 'Julevsámegiella', htmlLang: 'smj', order: 11 } } });
    expect(languagesOf({ ...catalogs, ...extra }).map((l) => l.code)).toContain('smj');
  });
});

describe('texts per module', () => {
  it('finds the shared files and a texts folder per module', () => {
    expect(files.filter((f) => f.module === 'shared').map((f) => f.language)).toEqual(expect.arrayContaining(['nb', 'nn', 'en', 'se']));
    expect(moduleFiles.length).toBeGreaterThan(0);
  });

  it('MessageKey knows every module folder with texts (an `import type` of its nb.json in catalogs.ts)', () => {
    expect([...new Set(moduleFiles.map((f) => f.module))].sort()).toEqual([...TEXT_MODULES].sort());
  });

  it('defines a key once per language: in one file, and not also among the domain’s messages', () => {
    expect(duplicateKeys(uiTextFiles)).toEqual([]);
    const domain = MESSAGE_CATALOGS as Record<string, Record<string, CatalogEntry>>;
    const clashes = files.flatMap((f) => Object.keys(f.entries).filter((k) => k in (domain[f.language] ?? {})).map((k) => `${f.path}: ${k}`));
    expect(clashes).toEqual([]);
  });

  it('reports a key defined twice for one language', () => {
    const twice = { './messages/nb.json': { 'x.a': 'A' }, '../pages/m/texts/nb.json': { 'x.a': 'B' }, '../pages/m/texts/nn.json': { 'x.a': 'B' } };
    expect(duplicateKeys(twice)).toEqual(['nb: x.a (./messages/nb.json, ../pages/m/texts/nb.json)']);
  });

  it('names a language only in the shared file, and every module file’s language has one', () => {
    expect(moduleFiles.filter((f) => '_meta' in f.entries).map((f) => f.path)).toEqual([]);
    const sharedLanguages = files.filter((f) => f.module === 'shared').map((f) => f.language);
    expect(moduleFiles.filter((f) => !sharedLanguages.includes(f.language)).map((f) => f.path)).toEqual([]);
  });

  it.each(files.filter((f) => f.language !== 'nb').map((f) => [f.path, f] as const))('%s has only keys of its module’s Bokmål file', (_path, file) => {
    const reference = keysOf(nbFileOf(file.module)?.entries as Catalog | undefined);
    expect(keysOf(file.entries as Catalog).filter((k) => !reference.includes(k))).toEqual([]);
  });

  it.each(['nn', 'en'])('%s has a file for every module, with the keys of its Bokmål file', (code) => {
    for (const nbFile of files.filter((f) => f.language === 'nb')) {
      const own = files.find((f) => f.module === nbFile.module && f.language === code);
      expect(own, `${nbFile.module} mangler ${code}.json`).toBeDefined();
      expect(keysOf(own?.entries as Catalog).sort(), `${nbFile.module}/${code}`).toEqual(keysOf(nbFile.entries as Catalog).sort());
    }
  });
});

describe('translate', () => {
  const untranslatedInSe = nbKeys.find((k) => catalogs.se?.[k] === undefined)!;

  it('uses the language’s own text when it has one', () => {
    expect(translate({ catalogs, language: 'se', translatorMode: true }, 'common.save')).toBe('Vurke');
  });

  it('falls back to Bokmål for untranslated Northern Sámi text, unmarked outside translator mode', () => {
    const nb = catalogs.nb?.[untranslatedInSe];
    expect(lookup(catalogs, 'se', untranslatedInSe)).toEqual({ text: nb, fallback: true, draft: false });
    expect(translate({ catalogs, language: 'se', translatorMode: false }, untranslatedInSe as MessageKey)).toBe(nb);
  });

  it('marks untranslated Northern Sámi text in translator mode', () => {
    const marked = translate({ catalogs, language: 'se', translatorMode: true }, 'nav.audit');
    expect(marked).toBe(`${MISSING_OPEN}Revisjonslogg${MISSING_CLOSE}`);
    expect(missingTranslationTitle(catalogs, 'se')).toBe('Mangler oversettelse til Davvisámegiella');
  });

  it('never marks Bokmål itself', () => {
    expect(translate({ catalogs, language: 'nb', translatorMode: true }, 'nav.audit')).toBe('Revisjonslogg');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate({ catalogs, language: 'nn', translatorMode: false }, 'login.demoButton', { name: 'Ada' })).toBe('Logg inn som Ada');
    expect(interpolate('Hei {name} {other}', { name: 'Ada' })).toBe('Hei Ada {other}');
  });
});

// Issue 12, point 11: beyond the applicant's way, the statements (/om/tilgjengelighet, /om/personvern) are the pages a
// Sámi-area user is owed first (they say what the service does with them and how to complain), and a scheme's name
// stands on the partnership and round pages. Both must have a Northern Sámi text (a draft counts).
describe('Northern Sámi for the statements and the scheme names', () => {
  it('every text of the accessibility statement and the privacy notice has a Northern Sámi text', () => {
    const nb = files.find((f) => f.module === 'about' && f.language === 'nb')?.entries ?? {};
    const se = files.find((f) => f.module === 'about' && f.language === 'se')?.entries ?? {};
    expect(Object.keys(nb).filter((k) => !entryText(se[k] as CatalogEntry | undefined))).toEqual([]);
  });

  it('every scheme in the reference data has a name in Northern Sámi', () => {
    expect(schemesFile.filter((s) => !s.name.se?.trim()).map((s) => s.id)).toEqual([]);
  });
});
