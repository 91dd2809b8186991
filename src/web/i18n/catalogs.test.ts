// The message files: Bokmål is the reference; Nynorsk (språklova) and English must be complete; no file may carry
// keys Bokmål lacks (a typo or a leftover); Northern Sámi may be partial, and its gaps are marked in translator mode.
import { describe, expect, it } from 'vitest';
import { entryText, type CatalogEntry } from '../../domain/shared/message.ts';
import { catalogs, catalogsFromModules, languages, languagesOf, type Catalog, type MessageKey } from './catalogs.ts';
import { MISSING_CLOSE, MISSING_OPEN, interpolate, lookup, missingTranslationTitle, translate } from './translate.ts';

const keysOf = (c: Catalog | undefined) => Object.keys(c ?? {}).filter((k) => k !== '_meta');
const nbKeys = keysOf(catalogs.nb);

describe('message catalogs', () => {
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
        const text = catalog[key];
        const reference = catalogs.nb?.[key];
        if (typeof text === 'string' && typeof reference === 'string')
          expect(placeholders(text), `${code}: ${key}`).toEqual(placeholders(reference));
      }
  });

  it('a further language is one more file', () => {
    const extra = catalogsFromModules({ './messages/smj.json': { _meta: { name: 'Julevsámegiella', htmlLang: 'smj', order: 11 } } });
    expect(languagesOf({ ...catalogs, ...extra }).map((l) => l.code)).toContain('smj');
  });
});

describe('translate', () => {
  const untranslatedInSe = nbKeys.find((k) => catalogs.se?.[k] === undefined)!;

  it('uses the language’s own text when it has one', () => {
    expect(translate({ catalogs, language: 'se', translatorMode: true }, 'common.save')).toBe('Vurke');
  });

  it('falls back to Bokmål for untranslated Northern Sámi text, unmarked outside translator mode', () => {
    const nb = catalogs.nb?.[untranslatedInSe];
    expect(lookup(catalogs, 'se', untranslatedInSe)).toEqual({ text: nb, fallback: true });
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
