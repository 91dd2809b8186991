// Pure translation: look a key up in the chosen language, fall back to Bokmål (the reference), and in translator
// mode wrap fallback text in ⟦…⟧ and a draft translation (ADR 019) in ⸢…⸣, so a translator sees at a glance what is
// still missing and what is not yet reviewed.
import type { Catalog, MessageKey } from './catalogs.ts';
import { entryText, interpolate, isDraft, renderMessage, type CatalogEntry } from '../../domain/shared/message.ts';

export { interpolate };

export const REFERENCE_LANGUAGE = 'nb';
export const MISSING_OPEN = '⟦';
export const MISSING_CLOSE = '⟧';
export const DRAFT_OPEN = '⸢';
export const DRAFT_CLOSE = '⸣';

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

export type Found = { text: string; fallback: boolean; draft: boolean };

/** The text of a key in a language, whether it came from the Bokmål fallback, and whether it is a draft. */
export function lookup(catalogs: Record<string, Catalog>, language: string, key: string): Found {
  const entry = catalogs[language]?.[key];
  const own = textOf(entry);
  if (own !== undefined) return { text: own, fallback: false, draft: isDraft(entry as CatalogEntry) };
  // A key missing even in Bokmål cannot happen for typed callers; show the key so the gap is visible.
  return { text: textOf(catalogs[REFERENCE_LANGUAGE]?.[key]) ?? key, fallback: language !== REFERENCE_LANGUAGE, draft: false };
}

/** The message tokens in a text (a field error, a refusal) in the chosen language, fallbacks marked. */
export function translateMessage(ctx: TranslateContext, text: string): string {
  return renderMessage(
    text,
    (key) => {
      const { text: found, fallback, draft } = lookup(ctx.catalogs, ctx.language, key);
      return markFallback(found, fallback, ctx.translatorMode, draft);
    },
    (texts) => {
      const own = texts[ctx.language];
      return own ? own : markFallback(texts.nb, ctx.language !== REFERENCE_LANGUAGE, ctx.translatorMode);
    },
  );
}

/**
 * Wraps Bokmål fallback text in ⟦…⟧, and a draft translation in ⸢…⸣, in translator mode. The one place that marks
 * them: messages and content texts (content-text.ts) both go through it, so translator-marks.ts finds and outlines
 * them alike.
 */
export function markFallback(text: string, fallback: boolean, translatorMode: boolean, draft = false): string {
  if (!translatorMode) return text;
  if (fallback) return `${MISSING_OPEN}${text}${MISSING_CLOSE}`;
  return draft ? `${DRAFT_OPEN}${text}${DRAFT_CLOSE}` : text;
}

export function translate(ctx: TranslateContext, key: MessageKey, vars?: MessageVars): string {
  const { text, fallback, draft } = lookup(ctx.catalogs, ctx.language, key);
  return markFallback(interpolate(text, vars), fallback, ctx.translatorMode, draft);
}

/** Text without translator-mode marks: for places that show plain text outside the page's elements — the page title
 * (the browser's tab, history, bookmarks and what a screen reader announces on load), where the marks would be read
 * out as symbols and never outlined. */
export function withoutTranslatorMarks(text: string): string {
  return [MISSING_OPEN, MISSING_CLOSE, DRAFT_OPEN, DRAFT_CLOSE].reduce((plain, mark) => plain.split(mark).join(''), text);
}

/** "Side – Kompetanseløft" for document.title, without translator-mode marks. */
export function pageTitle(heading: string, appName: string): string {
  return withoutTranslatorMarks(`${heading} – ${appName}`);
}

export function isMarkedMissing(text: string): boolean {
  return text.includes(MISSING_OPEN);
}

export function isMarkedDraft(text: string): boolean {
  return text.includes(DRAFT_OPEN);
}

/** "Mangler oversettelse til Davvisámegiella": for translators, always in Bokmål. */
export function missingTranslationTitle(catalogs: Record<string, Catalog>, language: string): string {
  const name = catalogs[language]?._meta.name ?? language;
  return interpolate(lookup(catalogs, REFERENCE_LANGUAGE, 'translator.missingTitle').text, { language: name });
}

/** "Utkast til oversettelse – ikke gjennomgått": for translators, always in Bokmål. */
export function draftTranslationTitle(catalogs: Record<string, Catalog>): string {
  return lookup(catalogs, REFERENCE_LANGUAGE, 'translator.draftTitle').text;
}
