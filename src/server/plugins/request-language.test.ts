import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { requestLanguage } from './request-language.ts';

const asked = (header?: string) => requestLanguage({ headers: header === undefined ? {} : { 'accept-language': header } } as FastifyRequest);

describe('the language a person is answered in', () => {
  it.each([
    [undefined, 'nb'],
    ['nn', 'nn'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE, nn;q=0.5, en;q=0.8', 'en'],
    ['no', 'nb'],
    ['se-NO', 'se'],
    ['fr', 'nb'],
    ['nn;q=abc, en;q=0.1', 'en'],
  ])('%s → %s', (header, language) => expect(asked(header)).toBe(language));
});
