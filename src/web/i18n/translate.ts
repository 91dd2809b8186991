// Pure translation: look a key up in the chosen language, fall back to Bokmål (the reference), and in translator
// mode wrap fallback text in ⟦…⟧ so a translator sees at a glance what is still missing.
import type { Catalog, MessageKey } from './catalogs.ts';

export const REFERENCE_LANGUAGE = 'nb';
export const MISSING_OPEN = '⟦';
export const MISSING_CLOSE = '⟧';

export type MessageVars = Record<string, string | number>;

export type TranslateContext = {
  catalogs: Record<string, Catalog>;
  language: string;
  translatorMode: boolean;
};

/** The text of a key in a language, and whether it came from the Bokmål fallback. */
export function lookup(catalogs: Record<string, Catalog>, language: string, key: string): { text: string; fallback: boolean } {
  const own = catalogs[language]?.[key];
  if (typeof own === 'string' && own !== '') return { text: own, fallback: false };
  const reference = catalogs[REFERENCE_LANGUAGE]?.[key];
  // A key missing even in Bokmål cannot happen for typed callers; show the key so the gap is visible.
  return { text: typeof reference === 'string' ? reference : key, fallback: language !== REFERENCE_LANGUAGE };
}

/** Replaces {name} placeholders; an unknown placeholder is left as it is so the mistake shows. */
export function interpolate(text: string, vars?: MessageVars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * Wraps Bokmål fallback text in ⟦…⟧ in translator mode. The one place that marks a fallback: messages and content
 * texts (content-text.ts) both go through it, so translator-marks.ts finds and outlines them alike.
 */
export function markFallback(text: string, fallback: boolean, translatorMode: boolean): string {
  return translatorMode && fallback ? `${MISSING_OPEN}${text}${MISSING_CLOSE}` : text;
}

export function translate(ctx: TranslateContext, key: MessageKey, vars?: MessageVars): string {
  const { text, fallback } = lookup(ctx.catalogs, ctx.language, key);
  return markFallback(interpolate(text, vars), fallback, ctx.translatorMode);
}

export function isMarkedMissing(text: string): boolean {
  return text.includes(MISSING_OPEN);
}

/** "Mangler oversettelse til Davvisámegiella": for translators, always in Bokmål. */
export function missingTranslationTitle(catalogs: Record<string, Catalog>, language: string): string {
  const name = catalogs[language]?._meta.name ?? language;
  return interpolate(lookup(catalogs, REFERENCE_LANGUAGE, 'translator.missingTitle').text, { language: name });
}
