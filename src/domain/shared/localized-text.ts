// Content texts (form guidance, questionnaire questions, scheme descriptions) are data, not UI strings: each
// carries one text per language. Bokmål is required (the reference language); Nynorsk, Northern Sámi and others are
// optional and fall back to Bokmål, marked as such so translators and users can see it.
import { z } from 'zod';
import { msg } from './message-keys.ts';

/** Language codes are BCP 47 primary tags: nb, nn, se, smj (Lule Sámi), sma (South Sámi), en … */
const ZLanguageCode = z.string().regex(/^[a-z]{2,3}$/);

export type LocalizedText = { nb: string } & Record<string, string>;

const dropEmpty = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== ''));

/** `label`: the field's name, best as a message token (msg('reference.label.name')), said in the reader's language. */
export function zLocalizedText(label: string, max = 5000) {
  const text = z.string({ error: msg('shared.mustBeText', { label }) }).trim().max(max, { message: msg('shared.tooLong', { label, max }) });
  // A missing text (not an object) reads as one without Bokmål. zod reports a bad key as the record's own issue,
  // not the key schema's, so that message is set here too.
  const recordError = (issue: { code?: string }) =>
    issue.code === 'invalid_type' ? msg('shared.needsBokmal', { label }) : issue.code === 'invalid_key' ? msg('shared.invalidLanguageCode') : undefined;
  return (
    z
      .record(ZLanguageCode, text, { error: recordError })
      // The refine below guarantees nb, so the output type may say so (Drizzle's jsonb columns are typed with it).
      .transform((texts) => dropEmpty(texts) as LocalizedText)
      .refine((texts) => Boolean(texts.nb), { message: msg('shared.needsBokmal', { label }), path: ['nb'] })
  );
}

/**
 * An optional content text: missing, null or every language empty all mean "none" (null). Once any language has
 * a text, Bokmål is required as for zLocalizedText.
 */
export function zOptionalLocalizedText(label: string, max = 5000) {
  const isBlank = (v: unknown) =>
    v === undefined || v === null || (typeof v === 'object' && Object.values(v).every((t) => typeof t === 'string' && t.trim() === ''));
  return z.preprocess((v) => (isBlank(v) ? null : v), zLocalizedText(label, max).nullable());
}

/** The text in the wanted language, or Bokmål with `fallback: true`. */
export function resolveText(text: LocalizedText, language: string): { text: string; language: string; fallback: boolean } {
  const own = text[language];
  if (own) return { text: own, language, fallback: false };
  return { text: text.nb, language: 'nb', fallback: language !== 'nb' };
}
