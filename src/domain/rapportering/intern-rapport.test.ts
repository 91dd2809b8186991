import { describe, expect, it } from 'vitest';
import { ZInternRapport } from './intern-rapport.ts';

const answer = {
  question: '4.1', respondent: 1, options: [], other: null, comment: null, value: 275000, municipalities: null, attachments: [],
};
const report = {
  title: 'Nordfjell - Kompetanseløftet - Rapportering 2022/2023',
  date: '2023-11-02',
  respondents: [{ id: 1, name: 'Nordfjell fylkeskommune', category: 'Fylkeskommune (Offentlig)' }],
  answers: [answer],
};

describe('the structured form of an internal report', () => {
  it('accepts the spec\'s shape', () => {
    expect(ZInternRapport.parse(report)).toEqual(report);
  });

  it.each([
    ['a field the spec does not name', { ...report, extra: 1 }],
    ['an answer with a field too many', { ...report, answers: [{ ...answer, county: 'Nordfjell' }] }],
    ['a question id that is no id', { ...report, answers: [{ ...answer, question: 'Spørsmål 4' }] }],
    ['a date in the printed form', { ...report, date: '02.11.2023' }],
    ['a decimal value', { ...report, answers: [{ ...answer, value: 2.5 }] }],
    ['an attachment without its url field', { ...report, answers: [{ ...answer, attachments: [{ name: 'a.pdf' }] }] }],
  ])('refuses %s', (_name, candidate) => {
    expect(ZInternRapport.safeParse(candidate).success).toBe(false);
  });
});
