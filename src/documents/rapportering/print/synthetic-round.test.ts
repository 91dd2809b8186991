// Round trip of a generated round (issue 16, "Must show"): 200 synthetic reports, with one question that over 20
// respondents leave unanswered and another that over 100 do, printed as text and imported again give the same
// answers — after the spec's normalisation (texts as one line, whitespace collapsed) and its same-name rule (a row of
// same-named respondents goes to the first of them that has not got one).
import { describe, expect, it } from 'vitest';
import type { TInternRapport, TInternRapportAnswer } from '../../../domain/rapportering/intern-rapport.ts';
import { importInternRapport } from '../import/import-intern-rapport.ts';
import { printInternRapportText } from './intern-rapport-text.ts';
import { syntheticRound } from './test-synthetic-round.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const collapseOrNull = (text: string | null) => (text === null ? null : collapse(text));

/** What the printout can tell: texts without their line breaks, and same-named respondents' rows in overview order. */
function asPrinted(report: TInternRapport): TInternRapportAnswer[] {
  const sameName = (id: number) => {
    const r = report.respondents.find((x) => x.id === id)!;
    return report.respondents.filter((x) => x.name === r.name && x.category === r.category).map((x) => x.id);
  };
  const out: TInternRapportAnswer[] = [];
  const questions = [...new Set(report.answers.map((a) => a.question))];
  for (const question of questions) {
    const answers = report.answers.filter((a) => a.question === question).sort((a, b) => a.respondent - b.respondent);
    const given = new Set<number>();
    for (const answer of answers) {
      const respondent = sameName(answer.respondent).find((id) => !given.has(id))!;
      given.add(respondent);
      out.push({
        ...answer,
        respondent,
        other: collapseOrNull(answer.other),
        comment: collapseOrNull(answer.comment),
        value: typeof answer.value === 'string' ? collapse(answer.value) : answer.value,
        municipalities: answer.municipalities?.map(collapse) ?? null,
        attachments: answer.attachments.map((a) => ({ ...a, name: collapse(a.name) })),
      });
    }
  }
  return out.sort((a, b) => questions.indexOf(a.question) - questions.indexOf(b.question) || a.respondent - b.respondent);
}

describe('a generated round of 200 reports, printed as text and imported again', () => {
  const round = syntheticRound();
  const unanswered = (question: string) => round.respondents.length - round.answers.filter((a) => a.question === question).length;

  it('is the round the test is about', () => {
    expect(round.respondents).toHaveLength(200);
    expect(unanswered('3.3')).toBeGreaterThan(20);
    expect(unanswered('3.3')).toBeLessThan(100);
    expect(unanswered('3.9')).toBeGreaterThan(100);
    // The same-name rule must have work to do: a same-named respondent answers where the first of its name did not.
    expect(asPrinted(round)).not.toEqual(round.answers);
  });

  it('gives the same answers, with no problems', () => {
    const text = printInternRapportText(round);
    const { report, problems } = importInternRapport(text);
    expect(problems).toEqual([]);
    expect(report.respondents).toEqual(round.respondents);
    const expected = asPrinted(round);
    expect(report.answers).toHaveLength(expected.length);
    // Deep equality of 5 000 answers takes longer than the round trip itself: compared serialised first, and deeply
    // (with its diff) only when that differs.
    if (JSON.stringify(report.answers) !== JSON.stringify(expected)) expect(report.answers).toEqual(expected);
  });
});
