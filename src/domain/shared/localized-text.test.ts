import { describe, expect, it } from 'vitest';
import { resolveText, zLocalizedText } from './localized-text.ts';

describe('content texts per language', () => {
  const ZGuidance = zLocalizedText('Veiledning', 50);

  it('requires Bokmål and drops empty translations', () => {
    expect(ZGuidance.parse({ nb: 'Frist 1. desember', nn: 'Frist 1. desember', se: '' })).toEqual({ nb: 'Frist 1. desember', nn: 'Frist 1. desember' });
    const missing = ZGuidance.safeParse({ nn: 'Berre nynorsk' });
    expect(missing.error?.issues[0]).toMatchObject({ message: 'Veiledning må ha tekst på bokmål', path: ['nb'] });
    expect(ZGuidance.safeParse({ nb: 'x'.repeat(51) }).error?.issues[0]?.message).toBe('Veiledning kan ikke være lengre enn 50 tegn');
  });

  it('falls back to Bokmål, saying so, for a language without a text (a new Lule Sámi file needs no code)', () => {
    const text = { nb: 'Hva er tema for kompetansetiltaket?', nn: 'Kva er tema for kompetansetiltaket?' };
    expect(resolveText(text, 'nn')).toEqual({ text: 'Kva er tema for kompetansetiltaket?', language: 'nn', fallback: false });
    expect(resolveText(text, 'smj')).toEqual({ text: 'Hva er tema for kompetansetiltaket?', language: 'nb', fallback: true });
    expect(resolveText(text, 'nb').fallback).toBe(false);
  });
});
