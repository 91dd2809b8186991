// The names of letter kinds and languages as the templates pages show them (their texts in the module's catalog).
import type { LETTER_LANGUAGES } from '../../../domain/tilsagn/letter-input.ts';
import type { LETTER_KINDS } from '../../../domain/tilsagn/letter-template.ts';
import type { TFunction } from '../../i18n/i18n-context.tsx';

const KIND_KEYS: Record<(typeof LETTER_KINDS)[number], 'tilsagn.templates.kind.tilsagn' | 'tilsagn.templates.kind.avslag'> = {
  tilsagn: 'tilsagn.templates.kind.tilsagn',
  avslag: 'tilsagn.templates.kind.avslag',
};
const LANGUAGE_KEYS = {
  nb: 'tilsagn.templates.language.nb',
  nn: 'tilsagn.templates.language.nn',
  se: 'tilsagn.templates.language.se',
  smj: 'tilsagn.templates.language.smj',
  sma: 'tilsagn.templates.language.sma',
} as const satisfies Record<(typeof LETTER_LANGUAGES)[number], string>;

/** A kind or language the address names that the lists do not know is shown as it stands (the server refuses it). */
export const kindName = (t: TFunction, kind: string) => (Object.hasOwn(KIND_KEYS, kind) ? t(KIND_KEYS[kind as keyof typeof KIND_KEYS]) : kind);
export const languageName = (t: TFunction, language: string) => (Object.hasOwn(LANGUAGE_KEYS, language) ? t(LANGUAGE_KEYS[language as keyof typeof LANGUAGE_KEYS]) : language);
