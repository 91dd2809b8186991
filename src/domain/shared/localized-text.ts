// Content texts (form guidance, questionnaire questions, scheme descriptions) are data, not UI strings: each
// carries one text per language. Bokmål is required (the reference language); Nynorsk, Northern Sámi and others are
// optional and fall back to Bokmål, marked as such so translators and users can see it.
import { z } from 'zod';

/** Language codes are BCP 47 primary tags: nb, nn, se, smj (Lule Sámi), sma (South Sámi), en … */
const ZLanguageCode = z.string().regex(/^[a-z]{2,3}$/, { message: 'Ugyldig språkkode' });

export function zLocalizedText(label: string, max = 5000) {
  return z
    .record(ZLanguageCode, z.string().trim().max(max, { message: `${label} kan ikke være lengre enn ${max} tegn` }))
    .transform((texts) => Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== '')))
    .refine((texts) => Boolean(texts.nb), { message: `${label} må ha tekst på bokmål`, path: ['nb'] });
}

export type LocalizedText = { nb: string } & Record<string, string>;

/** The text in the wanted language, or Bokmål with `fallback: true`. */
export function resolveText(text: LocalizedText, language: string): { text: string; language: string; fallback: boolean } {
  const own = text[language];
  if (own) return { text: own, language, fallback: false };
  return { text: text.nb, language: 'nb', fallback: language !== 'nb' };
}
