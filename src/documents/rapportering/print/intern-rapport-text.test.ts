// The internal report as plain text (issue 16, "Must show"): the sample's structured truth printed gives the sample's
// words in the sample's order, and the sample imported, printed and imported again gives the same structure.
import { describe, expect, it } from 'vitest';
import { QUESTIONS_2022_2023 } from '../../../domain/rapportering/questionnaire-2022-2023.ts';
import { EXPECTED, SAMPLE } from '../import/test-sample.ts';
import { importInternRapport } from '../import/import-intern-rapport.ts';
import { testPrintout } from '../import/test-printout.ts';
import { importInBokmal } from '../import/test-problems.ts';
import { joinPrinted } from '../import/printed-lines.ts';
import { printInternRapportText } from './intern-rapport-text.ts';

/** The words of a text, link lines left out: the lines concatenated as the spec says (a line broken after a hyphen
 * joins the next without a space; empty lines add nothing), then all whitespace collapsed. */
function words(text: string): string[] {
  return joinPrinted(text.split('\n').filter((line) => line !== '' && !/^https?:\/\/\S+$/.test(line.trim()))).split(' ');
}

/** The one stretch where two word sequences differ, with the word before it; everything around it is equal. A long
 * stretch is cut short, so that a failure shows where, not the whole report. */
function difference(a: readonly string[], b: readonly string[]) {
  const stretch = (words: readonly string[], from: number, to: number) => `${words.slice(from, Math.min(to, from + 12)).join(' ')}${to > from + 12 ? ' …' : ''}`;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { after: a[start - 1], sample: stretch(a, start, a.length - end), printed: stretch(b, start, b.length - end) };
}

describe('the internal report as plain text', () => {
  const printed = printInternRapportText(EXPECTED);

  it('has the sample\'s words in the sample\'s order', () => {
    const sample = words(SAMPLE);
    const ours = words(printed);
    // The one place a plain text cannot follow: the extraction merged a county council's wrapped name with its answer
    // line by line ("Nordfjell Alternativ 4: …" / "fylkeskommune Annet: …", spec: "Table cells are merged line by
    // line"); the text prints the name whole, then the answer.
    expect(difference(sample, ours)).toEqual({
      after: 'Nordfjell',
      sample: 'Alternativ 4: Psykisk helse fylkeskommune',
      printed: 'fylkeskommune Alternativ 4: Psykisk helse',
    });
    expect(ours.length).toBe(sample.length);
  });

  it('has none of the extraction\'s artifacts: no trailing spaces, hyphen breaks, page breaks or wrapped closing lines', () => {
    const lines = printed.split('\n');
    expect(lines.filter((line) => line !== ' ' && /\s$/.test(line))).toEqual([]);
    expect(lines.filter((line) => /\S-$/.test(line))).toEqual([]);
    // Page breaks are three empty lines and a line of one space; two empty lines part the blocks here.
    expect(printed).not.toMatch(/\n\n\n\n/);
    expect(printed).not.toContain('\f');
    expect(lines.filter((line) => line.startsWith('spørsmålet.'))).toEqual([]);
    expect(lines.filter((line) => /^\d\. Spørsmål: /.test(line))).toHaveLength(QUESTIONS_2022_2023.length);
  });

  it('imports again to the same structure: sample → import → text → import', () => {
    const first = importInternRapport(SAMPLE);
    const again = importInternRapport(printInternRapportText(first.report));
    expect(again.problems).toEqual([]);
    expect(again.report).toEqual(first.report);
    expect(again.report).toEqual(EXPECTED);
  });

  it('prints the count of a round of over 999 respondents in digits and reads it back (issue 16\'s benchmarks)', () => {
    const respondents = Array.from({ length: 1_236 }, (_, i) => ({ id: i + 1, name: `Kommune nr. ${String(i + 1).padStart(4, '0')}`, category: 'Kommune (Offentlig)' }));
    const answer = (respondent: number, value: string) => ({
      question: '2.2', respondent, options: [], other: null, comment: null, value, municipalities: null, attachments: [],
    });
    const report = { title: 'Nordfjell - Kompetanseløftet - Rapportering 2022/2023', date: '2023-11-02', respondents, answers: [answer(1, 'Rådhuset'), answer(2, 'Skolen')] };
    const text = printInternRapportText(report);
    expect(text).toContain('1\u00a0234 andre instanser som har svart');
    const again = importInBokmal(text);
    expect(again.report).toEqual(report);
    // Every question but 2.2 is missing from this printout; nothing else may be wrong, the count least of all.
    expect(again.problems.filter((p) => !p.message.includes('finnes ikke i utskriften'))).toEqual([]);
    const lost = importInBokmal(text.replace('1\u00a0234 andre', '1\u00a0233 andre'));
    expect(lost.problems.filter((p) => !p.message.includes('finnes ikke i utskriften')).map((p) => p.message))
      .toEqual(['Avslutningslinjen sier at 1233 ikke har svart, men 2 av 1236 svar ble lest.']);
  });

  it('prints an office\'s own section and another year\'s questions from the questions the importer read, and reads back', () => {
    const text = testPrintout({
      respondents: [{ category: 'Kommune (Offentlig)', names: ['Eksempelvik kommune', 'Fjellnes kommune'] }],
      blocks: [
        ['2. Spørsmål: Kontaktpersonens arbeidssted', '␠', 'Kommune (Offentlig) Svar', 'Eksempelvik kommune Rådhuset', 'Fjellnes kommune Skolen'],
        ['12. Spørsmål: Hvordan har eier og UH samarbeidet?', '␠', 'Kommune (Offentlig) Svar', 'Fjellnes kommune Alternativ 2: Godt', 'Annet: Faste møter', '␠', 'Vi møtes hver måned.',
          '␠', 'Én annen instans som har svart på dette skjema-seksjonen har ikke svart på dette', '', 'spørsmålet.'],
      ],
    });
    const first = importInternRapport(text);
    expect(first.questions.map((q) => [q.id, q.known])).toEqual([['2.2', true], ['12.1', false]]);
    const printed = printInternRapportText(first.report, first.questions);
    expect(printed).toContain('12. Spørsmål: Hvordan har eier og UH samarbeidet?');
    const again = importInBokmal(printed);
    expect(again.report).toEqual(first.report);
    expect(again.problems.filter((p) => !p.message.includes('finnes ikke i utskriften'))).toEqual([]);
  });

  it('marks an option whose text no printout showed, and refuses an answer the questionnaire has no question for', () => {
    const answer = { question: '2.6', respondent: 1, options: [2], other: null, comment: null, value: null, municipalities: null, attachments: [] };
    const report = { ...EXPECTED, respondents: EXPECTED.respondents.slice(0, 1), answers: [answer] };
    expect(printInternRapportText(report)).toContain('Nordfjell fylkeskommune     Alternativ 2: (ukjent tekst)\n');
    expect(() => printInternRapportText({ ...report, answers: [{ ...answer, question: '9.9' }] })).toThrow('no question 9.9');
  });
});
