// Pure translation: look a key up in the chosen language, fall back to Bokmål (the reference), and in translator
// mode wrap fallback text in ⟦…⟧ so a translator sees at a glance what is still missing.
import type { Catalog, MessageKey } from './catalogs.ts';
import { entryText, interpolate, renderMessage, type CatalogEntry } from '../../domain/shared/message.ts';

export { interpolate };

export const REFERENCE_LANGUAGE = 'nb';
export const MISSING_OPEN = '⟦';
export const MISSING_CLOSE = '⟧';

export type MessageVars = Record<string, string | number>;

const textOf = (entry: unknown): string | undefined => {
  const text = typeof entry === 'string' || (typeof entry === 'object' && entry !== null && 'text' in entry) ? entryText(entry as CatalogEntry) : undefined;
  return text === '' ? undefined : text;
};

export type TranslateContext = {
  catalogs: Record<string, Catalog>;
  language: string;
  translatorMode: boolean;
};

/** The text of a key in a language, and whether it came from the Bokmål fallback. */
export function lookup(catalogs: Record<string, Catalog>, language: string, key: string): { text: string; fallback: boolean } {
  const own = textOf(catalogs[language]?.[key]);
  if (own !== undefined) return { text: own, fallback: false };
  // A key missing even in Bokmål cannot happen for typed callers; show the key so the gap is visible.
  return { text: textOf(catalogs[REFERENCE_LANGUAGE]?.[key]) ?? key, fallback: language !== REFERENCE_LANGUAGE };
}

/** The message tokens in a text (a field error, a refusal) in the chosen language, fallbacks marked. */
export function translateMessage(ctx: TranslateContext, text: string): string {
  return renderMessage(text, (key) => {
    const { text: found, fallback } = lookup(ctx.catalogs, ctx.language, key);
    return markFallback(found, fallback, ctx.translatorMode);
  });
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
