// Issue 12, point 11: every label of the behovsmelding form was Bokmål in every language (the catalogue gave only
// `nb`), so a Sámi-area applicant met a Sámi page asking its questions in Bokmål. Each question and each area of 1.5
// now has its Nynorsk, English and Northern Sámi text, numbered as in Bokmål; documents keep the Bokmål one.
import { describe, expect, it } from 'vitest';
import { msg, renderIn, renderNb } from '../shared/message-catalogs.ts';
import { APPLICATION_FIELDS, AREA_KEYS, AREA_LABELS, BEHOVSMELDING_CATALOGUE, PART_FIELDS, fieldNameMsg, withoutNumber } from './application-fields.ts';

const LANGUAGES = ['nb', 'nn', 'en', 'se'] as const;
const questions = BEHOVSMELDING_CATALOGUE.sections.flatMap((s) => s.questions);
/** "5.4–5.10 Antall …" → "5.4–5.10"; "" for a label without a number ("Budsjett eier"). */
const numberOf = (label: string) => /^([\d.–-]+)\s/.exec(label)?.[1] ?? '';

describe('the behovsmelding’s question labels in every language', () => {
  it.each(questions.map((q) => [q.key, q.label] as const))('%s has a label in nb, nn, en and se with the same number', (_key, label) => {
    for (const language of LANGUAGES) expect(label[language]?.trim(), language).toBeTruthy();
    expect(LANGUAGES.map((l) => numberOf(label[l]!))).toEqual(LANGUAGES.map(() => numberOf(label.nb)));
  });

  it('the Northern Sámi label of a question is not its Bokmål one', () => {
    // Names and numbers alone ("3.1 Rekomp") read the same in every language; a sentence does not.
    const same = questions.filter((q) => q.label.se === q.label.nb && /\s\S+\s/.test(withoutNumber(q.label.nb)));
    expect(same.map((q) => q.key)).toEqual([]);
  });

  it.each(AREA_KEYS)('the area %s has a label in nb, nn, en and se', (area) => {
    for (const language of LANGUAGES) expect(AREA_LABELS[area][language]?.trim(), language).toBeTruthy();
    expect(AREA_LABELS[area].se).not.toBe(AREA_LABELS[area].nb);
  });

  it('a field keeps its Bokmål label for documents and history, and carries every language for the form', () => {
    expect(APPLICATION_FIELDS['s1.tema'].label).toBe('1.1 Hva er tema for kompetansetiltaket?');
    expect(APPLICATION_FIELDS['s1.tema'].labels.se).toBe('1.1 Mii lea gelbbolašvuođadoaibmabiju fáddá?');
    expect(PART_FIELDS.grantUse.labels.nn).toBe('6 Bruk av tilskotsmidlar');
  });

  it('a message naming a field says the question without its number in the reader’s language, on the server too', () => {
    // Documents and logs read Bokmål; the server's error answer to a Sámi reader (a refused save or submit) names the
    // field in Sámi inside the Sámi sentence, as the form does.
    expect(renderNb(fieldNameMsg('s1.tema'))).toBe('Hva er tema for kompetansetiltaket');
    expect(renderIn('se', fieldNameMsg('s1.tema'))).toBe('Mii lea gelbbolašvuođadoaibmabiju fáddá');
    expect(renderIn('nn', fieldNameMsg('s1.tema'))).not.toContain('Hva er');
    const required = renderIn('se', msg('shared.required', { label: fieldNameMsg('s1.tema') }));
    expect(required).toContain('Mii lea gelbbolašvuođadoaibmabiju fáddá');
    expect(required).not.toContain('Hva er tema');
  });
});
