import { describe, expect, it } from 'vitest';
import { resolveText, zLocalizedText, zOptionalLocalizedText } from './localized-text.ts';
import { renderIn, renderNb } from './message-catalogs.ts';

/** The first issue, its message as a Bokmål reader sees it (messages are tokens, ADR 019). */
const first = (r: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) => {
  const issue = r.error?.issues[0];
  return issue && { ...issue, message: renderNb(issue.message) };
};

describe('content texts per language', () => {
  const ZGuidance = zLocalizedText('Veiledning', 50);

  it('requires Bokmål and drops empty translations', () => {
    expect(ZGuidance.parse({ nb: 'Frist 1. desember', nn: 'Frist 1. desember', se: '' })).toEqual({ nb: 'Frist 1. desember', nn: 'Frist 1. desember' });
    const missing = ZGuidance.safeParse({ nn: 'Berre nynorsk' });
    expect(first(missing)).toMatchObject({ message: 'Veiledning må ha tekst på bokmål', path: ['nb'] });
    expect(first(ZGuidance.safeParse({ nb: 'x'.repeat(51) }))?.message).toBe('Veiledning kan ikke være lengre enn 50 tegn');
    expect(renderIn('nn', ZGuidance.safeParse({ nn: 'Berre nynorsk' }).error?.issues[0]?.message ?? '')).toBe('Veiledning må ha tekst på bokmål');
    expect(renderIn('en', ZGuidance.safeParse({ nb: 'x', NN: 'y' }).error?.issues[0]?.message ?? '')).toBe('Invalid language code');
  });

  it('says in Norwegian what is wrong with a missing text, a bad language code or a non-text', () => {
    const issue = (input: unknown) => first(ZGuidance.safeParse(input));
    expect(issue(undefined)).toMatchObject({ message: 'Veiledning må ha tekst på bokmål', path: [] });
    expect(issue('bare en streng')).toMatchObject({ message: 'Veiledning må ha tekst på bokmål', path: [] });
    expect(issue({ nb: 'x', NN: 'y' })).toMatchObject({ message: 'Ugyldig språkkode', path: ['NN'] });
    expect(issue({ nb: 'x', nn: 5 })).toMatchObject({ message: 'Veiledning må være tekst', path: ['nn'] });
  });

  it('an optional text is none when missing or empty in every language, else needs Bokmål', () => {
    const ZNote = zOptionalLocalizedText('Merknad', 50);
    expect(ZNote.parse(undefined)).toBeNull();
    expect(ZNote.parse(null)).toBeNull();
    expect(ZNote.parse({ nb: ' ', nn: '' })).toBeNull();
    expect(ZNote.parse({ nb: 'Merk fristen', se: '' })).toEqual({ nb: 'Merk fristen' });
    expect(first(ZNote.safeParse({ nn: 'Merk fristen' }))).toMatchObject({ message: 'Merknad må ha tekst på bokmål', path: ['nb'] });
  });

  it('falls back to Bokmål, saying so, for a language without a text (a new Lule Sámi file needs no code)', () => {
    const text = { nb: 'Hva er tema for kompetansetiltaket?', nn: 'Kva er tema for kompetansetiltaket?' };
    expect(resolveText(text, 'nn')).toEqual({ text: 'Kva er tema for kompetansetiltaket?', language: 'nn', fallback: false });
    expect(resolveText(text, 'smj')).toEqual({ text: 'Hva er tema for kompetansetiltaket?', language: 'nb', fallback: true });
    expect(resolveText(text, 'nb').fallback).toBe(false);
  });
});
