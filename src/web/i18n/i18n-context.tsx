// The chosen language and translator mode for the whole app: keeps <html lang> in step, remembers the choice in
// localStorage, and hands components a typed t() and localize() for content texts.
import { setRequestLanguage } from '../api.ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import { catalogs, languages, type Language, type MessageKey } from './catalogs.ts';
import { localizeText } from './content-text.ts';
import { markTranslations } from './translator-marks.ts';
import { REFERENCE_LANGUAGE, draftTranslationTitle, missingTranslationTitle, translate, translateMessage, type MessageVars } from './translate.ts';

const LANGUAGE_KEY = 'kl.language';
const TRANSLATOR_KEY = 'kl.oversetter';

export type TFunction = (key: MessageKey, vars?: MessageVars) => string;
/** A content text (e.g. a scheme's name) in the UI language, or Bokmål, marked in translator mode. */
export type LocalizeFunction = (text: LocalizedText) => string;

type I18nValue = {
  language: Language;
  languages: Language[];
  setLanguage: (code: string) => void;
  translatorMode: boolean;
  setTranslatorMode: (on: boolean) => void;
  t: TFunction;
  /** A field error or refusal with message tokens (the domain's msg()), in the UI language. */
  message: (text: string) => string;
  localize: LocalizeFunction;
};

const I18nContext = createContext<I18nValue | null>(null);

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode, policy): the choice just isn't remembered
  }
}

function writeStorage(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* see readStorage */
  }
}

/** The remembered choice, else Bokmål: the service's main language, whatever the browser's language is. */
function initialLanguage(): string {
  const stored = readStorage(LANGUAGE_KEY);
  return stored && catalogs[stored] ? stored : REFERENCE_LANGUAGE;
}

/** `?oversetter=1` (or 0) in the address turns translator mode on (off) and remembers it. */
function initialTranslatorMode(): boolean {
  const param = new URLSearchParams(window.location.search).get('oversetter');
  if (param === '1' || param === '0') writeStorage(TRANSLATOR_KEY, param);
  return (param ?? readStorage(TRANSLATOR_KEY)) === '1';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [code, setCode] = useState(initialLanguage);
  const [translatorMode, setTranslatorModeState] = useState(initialTranslatorMode);
  const language = languages.find((l) => l.code === code) ?? languages[0]!;
  // Set while rendering, not in an effect: the pages below send their first requests from their own effects, which
  // run before this provider's.
  setRequestLanguage(code);

  useEffect(() => {
    document.documentElement.lang = language.htmlLang;
  }, [language.htmlLang]);

  useEffect(() => {
    if (!translatorMode || code === REFERENCE_LANGUAGE) return;
    return markTranslations(document.body, code, { missing: missingTranslationTitle(catalogs, code), draft: draftTranslationTitle(catalogs) });
  }, [translatorMode, code]);

  const setLanguage = useCallback((next: string) => {
    if (!catalogs[next]) return;
    writeStorage(LANGUAGE_KEY, next);
    setCode(next);
  }, []);

  const setTranslatorMode = useCallback((on: boolean) => {
    writeStorage(TRANSLATOR_KEY, on ? '1' : '0');
    setTranslatorModeState(on);
  }, []);

  const value = useMemo<I18nValue>(
    () => ({
      language,
      languages,
      setLanguage,
      translatorMode,
      setTranslatorMode,
      t: (key, vars) => translate({ catalogs, language: code, translatorMode }, key, vars),
      message: (text) => translateMessage({ catalogs, language: code, translatorMode }, text),
      localize: (text) => localizeText(text, { language: code, translatorMode }),
    }),
    [language, code, translatorMode, setLanguage, setTranslatorMode],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** Renders message tokens in the UI language; outside the provider (a bare unit test) it leaves text as it is. */
export function useMessage(): (text: string) => string {
  return useContext(I18nContext)?.message ?? ((text) => text);
}

export function useT(): TFunction {
  return useI18n().t;
}

export function useLocalize(): LocalizeFunction {
  return useI18n().localize;
}
