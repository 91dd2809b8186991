// The Bokmål-only word check (issue 14, point 3): whole words, any case, letters of Norwegian and Sámi as letters —
// and the nynorsk default templates and letter words pass it as written, before any letter is made.
import { describe, expect, it } from 'vitest';
import { bokmalOnlyWordsIn } from './bokmal-only-words.ts';
import { defaultLetterTemplate } from './default-letter-templates.ts';
import { LETTER_WORDS } from './letter-words.ts';

describe('bokmalOnlyWordsIn', () => {
  it('finds whole words in any case, and not inside other words', () => {
    expect(bokmalOnlyWordsIn('Fra 1. desember. Dere har IKKE fått tilskudd.')).toEqual(['ikke', 'fra', 'tilskudd', 'dere']);
    expect(bokmalOnlyWordsIn('Frå 1. desember har de ikkje fått tilskot; hvorfor? tilskuddsordning, fram, hvert')).toEqual([]);
    expect(bokmalOnlyWordsIn('«også»')).toEqual(['også']);
  });

  it('the nynorsk templates and words hold none of them', () => {
    for (const kind of ['tilsagn', 'avslag'] as const) {
      const text = defaultLetterTemplate(kind, 'nn')!.sections.flatMap((s) => [s.heading, s.body]).join('\n');
      expect(bokmalOnlyWordsIn(text), kind).toEqual([]);
    }
    expect(bokmalOnlyWordsIn(Object.values(LETTER_WORDS.nn!).flat().filter((v) => typeof v === 'string').join('\n'))).toEqual([]);
  });
});
