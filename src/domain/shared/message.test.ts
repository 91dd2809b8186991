// Messages as keys with parameters (ADR 019): a token survives being a zod message and a field error, renders in the
// reader's language with its label in the same language, and falls back to Bokmål where a language has no text.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './app-error.ts';
import { msg, renderIn, renderNb } from './message-catalogs.ts';
import { isMessageToken, renderMessage } from './message.ts';
import { zText } from './fields.ts';
import { parseInput } from './parse.ts';

const label = msg('shared.notFound');

describe('message tokens', () => {
  it('render in each language, parameters and a nested label included', () => {
    const required = msg('shared.required', { label: 'Navn' });
    expect(isMessageToken(required)).toBe(true);
    expect(renderNb(required)).toBe('Navn må fylles ut');
    expect(renderIn('nn', required)).toBe('Navn må fyllast ut');
    expect(renderIn('en', msg('shared.tooLong', { label, max: 200 }))).toBe('We could not find what you asked for cannot be longer than 200 characters');
  });

  it('fall back to Bokmål in a language without the text (Lule Sámi has no catalog yet), and show an unknown key as itself', () => {
    expect(renderIn('smj', msg('shared.forbidden'))).toBe('Du har ikke tilgang til dette');
    expect(renderMessage('\u2063no.such.key\u2063', () => undefined)).toBe('no.such.key');
    expect(renderNb('Vanlig tekst uten nøkkel')).toBe('Vanlig tekst uten nøkkel');
  });

  it('render a parameter only when it is one whole token (a label); a token inside user text stays, a broken one does not throw', () => {
    const posing = `\u2063shared.forbidden\u2063`;
    expect(renderNb(msg('shared.required', { label: posing }))).toBe('Du har ikke tilgang til dette må fylles ut');
    expect(renderNb(msg('shared.tooLong', { label: 'Navn \u2063shared.forbidden\u2063 her', max: 5 }))).toBe('Navn \u2063shared.forbidden\u2063 her kan ikke være lengre enn 5 tegn');
    expect(() => renderNb('\u2063shared.required~%E0%A4%A\u2063')).not.toThrow();
  });

  it('travel through zod and AppError: Bokmål in userMessage and fieldErrors, the tokens kept for the reader', () => {
    const error = (() => {
      try {
        parseInput(z.object({ name: zText('Navn', 5) }), { name: 'for langt navn' });
      } catch (e) {
        return e as AppError;
      }
      throw new Error('should fail');
    })();
    expect(error.userMessage).toBe('Navn kan ikke være lengre enn 5 tegn');
    expect(error.fieldErrors).toEqual([{ field: 'name', message: 'Navn kan ikke være lengre enn 5 tegn' }]);
    expect(renderIn('nn', error.localizable.fieldErrors[0]!.message)).toBe('Navn kan ikkje vere lengre enn 5 teikn');
    expect(new AppError('NOT_FOUND', msg('shared.notFound')).message).toBe('Fant ikke det du ba om');
  });
});
