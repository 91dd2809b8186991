// Content texts in the UI: the language's own text, else Bokmål, marked in translator mode the same way as a
// fallback message, so translator-marks.ts outlines it.
import { describe, expect, it } from 'vitest';
import { catalogs, catalogsFromModules, languages, languagesOf } from './catalogs.ts';
import { contentLanguages, localizeText } from './content-text.ts';
import { MISSING_CLOSE, MISSING_OPEN, translate } from './translate.ts';

const name = { nb: 'Regional ordning for kompetanseutvikling i barnehagen', nn: 'Regional ordning for kompetanseutvikling i barnehagen', en: 'Regional scheme' };
const bokmalOnly = { nb: 'Kompetansepilot' };

describe('content texts in the UI language', () => {
  it('shows the language’s own text, unmarked even in translator mode', () => {
    expect(localizeText(name, { language: 'en', translatorMode: true })).toBe('Regional scheme');
    expect(localizeText(name, { language: 'nn', translatorMode: true })).toBe(name.nn);
  });

  it('falls back to Bokmål: unmarked for users, marked for translators', () => {
    expect(localizeText(bokmalOnly, { language: 'se', translatorMode: false })).toBe('Kompetansepilot');
    expect(localizeText(bokmalOnly, { language: 'se', translatorMode: true })).toBe(`${MISSING_OPEN}Kompetansepilot${MISSING_CLOSE}`);
    expect(localizeText(bokmalOnly, { language: 'nb', translatorMode: true })).toBe('Kompetansepilot');
  });

  it('marks a content fallback exactly as a message fallback is marked', () => {
    const message = translate({ catalogs, language: 'se', translatorMode: true }, 'nav.audit');
    const content = localizeText({ nb: 'Revisjonslogg' }, { language: 'se', translatorMode: true });
    expect(content).toBe(message);
  });
});

describe('the languages content is written in', () => {
  it('are the UI languages, Bokmål first and the only reference', () => {
    const list = contentLanguages(languages);
    expect(list.map((l) => l.code)).toEqual(expect.arrayContaining(['nb', 'nn', 'se', 'en']));
    expect(list[0]).toMatchObject({ code: 'nb', name: 'Bokmål', reference: true });
    expect(list.filter((l) => l.reference)).toHaveLength(1);
  });

  it('grow with a new message file, without code changes', () => {
    const extra = catalogsFromModules({ './messages/smj.json': { _meta: { name: 'Julevsámegiella', htmlLang: 'smj', order: 11 } } });
    const list = contentLanguages(languagesOf({ ...catalogs, ...extra }));
    expect(list.find((l) => l.code === 'smj')).toMatchObject({ name: 'Julevsámegiella', htmlLang: 'smj', reference: false });
  });
});
