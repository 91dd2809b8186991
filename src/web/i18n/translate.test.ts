// Draft translations (ADR 019): shown as the language's own text, and in translator mode wrapped in ⸢…⸣, apart from
// the ⟦…⟧ of a Bokmål fallback, for the UI's texts and the domain's messages alike.
import { describe, expect, it } from 'vitest';
import { messageToken } from '../../domain/shared/message.ts';
import { catalogs, type Catalog, type MessageKey } from './catalogs.ts';
import {
  DRAFT_CLOSE,
  DRAFT_OPEN,
  MISSING_CLOSE,
  MISSING_OPEN,
  draftTranslationTitle,
  isMarkedDraft,
  isMarkedMissing,
  lookup,
  markFallback,
  pageTitle,
  translate,
  translateMessage,
} from './translate.ts';

const test: Record<string, Catalog> = {
  nb: { _meta: { name: 'Bokmål', htmlLang: 'nb' }, 'x.save': 'Lagre', 'x.hello': 'Hei {name}', 'x.required': '{label} må fylles ut', 'x.label': 'Navn', 'x.only': 'Bare bokmål' },
  nn: {
    _meta: { name: 'Nynorsk', htmlLang: 'nn' },
    'x.save': 'Lagre',
    'x.hello': { text: 'Hei {name}', status: 'draft' },
    'x.required': { text: '{label} må fyllast ut', status: 'draft' },
    'x.label': 'Namn',
  },
};
const key = (k: string) => k as MessageKey;

describe('draft translations', () => {
  it('lookup says whether a text is a draft', () => {
    expect(lookup(test, 'nn', 'x.hello')).toEqual({ text: 'Hei {name}', fallback: false, draft: true });
    expect(lookup(test, 'nn', 'x.save')).toEqual({ text: 'Lagre', fallback: false, draft: false });
    expect(lookup(test, 'nn', 'x.only')).toEqual({ text: 'Bare bokmål', fallback: true, draft: false });
  });

  it('shows a draft as it is outside translator mode', () => {
    expect(translate({ catalogs: test, language: 'nn', translatorMode: false }, key('x.hello'), { name: 'Ada' })).toBe('Hei Ada');
  });

  it('marks a draft in translator mode with ⸢…⸣, not with the missing marker', () => {
    const marked = translate({ catalogs: test, language: 'nn', translatorMode: true }, key('x.hello'), { name: 'Ada' });
    expect(marked).toBe(`${DRAFT_OPEN}Hei Ada${DRAFT_CLOSE}`);
    expect(isMarkedDraft(marked)).toBe(true);
    expect(isMarkedMissing(marked)).toBe(false);
    expect(translate({ catalogs: test, language: 'nn', translatorMode: true }, key('x.save'))).toBe('Lagre');
  });

  it('marks a fallback as missing, whatever its Bokmål status', () => {
    expect(translate({ catalogs: test, language: 'nn', translatorMode: true }, key('x.only'))).toBe(`${MISSING_OPEN}Bare bokmål${MISSING_CLOSE}`);
    expect(markFallback('x', true, true, true)).toBe(`${MISSING_OPEN}x${MISSING_CLOSE}`);
    expect(markFallback('x', false, false, true)).toBe('x');
  });

  it('marks the domain’s draft messages the same way, a parameter’s mark inside its message’s', () => {
    const text = messageToken('x.required', { label: messageToken('x.label') });
    expect(translateMessage({ catalogs: test, language: 'nn', translatorMode: false }, text)).toBe('Namn må fyllast ut');
    expect(translateMessage({ catalogs: test, language: 'nn', translatorMode: true }, text)).toBe(`${DRAFT_OPEN}Namn må fyllast ut${DRAFT_CLOSE}`);
    const withFallbackLabel = messageToken('x.required', { label: messageToken('x.only') });
    expect(translateMessage({ catalogs: test, language: 'nn', translatorMode: true }, withFallbackLabel)).toBe(
      `${DRAFT_OPEN}${MISSING_OPEN}Bare bokmål${MISSING_CLOSE} må fyllast ut${DRAFT_CLOSE}`,
    );
  });

  it('titles a draft for translators in Bokmål', () => {
    expect(draftTranslationTitle(catalogs)).toBe('Utkast til oversettelse – ikke gjennomgått');
  });
});

describe('the page title in translator mode', () => {
  it('translator-mode markers never reach the page title', () => {
    const se = (key: MessageKey) => translate({ catalogs, language: 'se', translatorMode: true }, key);
    const marked = markFallback('Revisjonslogg', true, true);
    const draft = markFallback('Ohcamat', false, true, true);
    expect(pageTitle(marked, se('app.name'))).toBe('Revisjonslogg – Kompetanseløft');
    expect(pageTitle(draft, markFallback('Kompetanseløft', false, true, true))).toBe('Ohcamat – Kompetanseløft');
    expect(pageTitle(`${se('nav.audit')} ${draft}`, 'X')).not.toMatch(/[⟦⟧⸢⸣]/);
  });
});
