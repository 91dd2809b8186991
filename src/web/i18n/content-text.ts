// Content texts (scheme names and descriptions, later form guidance and questions) are data with a text per
// language, not message keys. Shown in the UI language, or in Bokmål when that language has none; in translator
// mode such a fallback is marked exactly like a message's (markFallback), so translators see both kinds of gap.
import { resolveText, type LocalizedText } from '../../domain/shared/localized-text.ts';
import type { Language } from './catalogs.ts';
import { REFERENCE_LANGUAGE, markFallback } from './translate.ts';

export function localizeText(text: LocalizedText, ctx: { language: string; translatorMode: boolean }): string {
  const resolved = resolveText(text, ctx.language);
  return markFallback(resolved.text, resolved.fallback, ctx.translatorMode);
}

export type ContentLanguage = Language & { reference: boolean };

/**
 * The languages an editor writes content texts in: every UI language (a new message file adds its fields without
 * code changes), Bokmål first as the reference every text must have.
 */
export function contentLanguages(languages: Language[]): ContentLanguage[] {
  const reference = (l: Language) => l.code === REFERENCE_LANGUAGE;
  return [...languages.filter(reference), ...languages.filter((l) => !reference(l))].map((l) => ({ ...l, reference: reference(l) }));
}
