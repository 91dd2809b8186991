// Damage tests of the importer (issue 16, "Must show"): a block cut out, lines shuffled inside a block, stray
// characters, a truncated file. No crash; each problem points at a line in the damage; every block the damage did
// not touch imports exactly as the sample's structured truth has it.
import { describe, expect, it } from 'vitest';
import type { TInternRapportAnswer } from '../../../domain/rapportering/intern-rapport.ts';
import { importInBokmal } from './test-problems.ts';
import { EXPECTED, SAMPLE } from './test-sample.ts';

const LINES = SAMPLE.replace(/\n$/, '').split('\n');

/** The 0-based index range [from, to) of the block whose header starts with `<section>. Spørsmål: <start>`. */
function blockRange(lines: readonly string[], header: string): [number, number] {
  const from = lines.findIndex((l) => l.startsWith(header));
  const next = lines.findIndex((l, i) => i > from && /^\d\. Spørsmål:/.test(l));
  if (from < 0) throw new Error(`No block ${header}`);
  return [from, next < 0 ? lines.length : next];
}

const answersOf = (answers: readonly TInternRapportAnswer[], questions: readonly string[]) =>
  answers.filter((a) => questions.includes(a.question));
const allQuestions = [...new Set(EXPECTED.answers.map((a) => a.question))];
const except = (...questions: string[]) => allQuestions.filter((q) => !questions.includes(q));
const text = (lines: readonly string[]) => `${lines.join('\n')}\n`;

/** A shuffle that is the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('importing a damaged printout', () => {
  it('reports a block cut out at the next block, and reads every other block exactly', () => {
    const [from, to] = blockRange(LINES, '4. Spørsmål: Omtrent hvor mye av den samlede tildelingen til partnerskapet er');
    const damaged = [...LINES.slice(0, from), ...LINES.slice(to)];
    const { report, problems } = importInBokmal(text(damaged));
    expect(problems).toEqual([expect.objectContaining({ line: from + 1, message: expect.stringContaining('Spørsmål 4.3') })]);
    expect(report.respondents).toEqual(EXPECTED.respondents);
    expect(report.answers).toEqual(answersOf(EXPECTED.answers, except('4.3')));
  });

  it.each([
    ['4. Spørsmål: Dersom samarbeidsforum', '4.6', 7],
    ['5. Spørsmål: Hvilke tema er valgt', '5.1', 11],
    ['2. Spørsmål: Kontaktpersonens telefonnummer', '2.3', 3],
  ])('reports lines shuffled inside block %s on lines of that block, and reads every other block exactly', (header, question, seed) => {
    const [from, to] = blockRange(LINES, header);
    // The header stays in place (it is what makes a block); its body is shuffled.
    const body = shuffled(LINES.slice(from + 3, to), seed);
    const damaged = [...LINES.slice(0, from + 3), ...body, ...LINES.slice(to)];
    expect(damaged).not.toEqual(LINES);
    const { report, problems } = importInBokmal(text(damaged));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.line, problem.message).toBeGreaterThan(from);
    for (const problem of problems) expect(problem.line, problem.message).toBeLessThanOrEqual(to);
    expect(answersOf(report.answers, except(question))).toEqual(answersOf(EXPECTED.answers, except(question)));
  });

  it('reports two lines swapped inside a row on their lines, and reads every other block exactly', () => {
    const damaged = [...LINES];
    // Fjellnes kommune's options 2 and 3 in 3.11.
    const first = damaged.findIndex((l, i) => l === 'Alternativ 2: SFO ' && damaged[i + 1] === 'Alternativ 3: Barnevern ');
    const second = first + 1;
    [damaged[first], damaged[second]] = [damaged[second]!, damaged[first]!];
    const { report, problems } = importInBokmal(text(damaged));
    expect(problems.map((p) => p.line)).toEqual([second + 1]);
    expect(problems[0]?.message).toContain('ikke i stigende rekkefølge');
    expect(answersOf(report.answers, except('3.11'))).toEqual(answersOf(EXPECTED.answers, except('3.11')));
  });

  it('removes and reports stray characters on their lines, and still reads the whole report', () => {
    const damaged = [...LINES];
    const at = (start: string) => damaged.findIndex((l) => l.startsWith(start));
    const phone = at('Fjellnes kommune 40000034');
    const option = at('Fjellnes kommune Alternativ 1: PP-tjenesten');
    const comment = at('Vi har i stedet brukt fagpersoner');
    damaged[phone] = 'Fjellnes kommune 4000\u00000034 ';
    damaged[option] = 'Fjellnes \ufffdkommune Alternativ 1: PP-tjenesten ';
    damaged[comment] = `\u0007${damaged[comment]}`;
    const { report, problems } = importInBokmal(text(damaged));
    expect(problems.map((p) => p.line)).toEqual([phone + 1, option + 1, comment + 1]);
    expect(report).toEqual(EXPECTED);
  });

  it('reports stray lines where no answer can stand, and reads every block exactly', () => {
    const damaged = [...LINES];
    // After the end line of 3.3's block, and right under a category label of 3.4's.
    const betweenBlocks = damaged.findIndex((l, i) => l === '  ' && damaged[i + 6]?.startsWith('3. Spørsmål: Navn på private skoleeiere'));
    const beforeFirstRow = damaged.findIndex((l, i) => l === 'Kommune (Offentlig) Svar ' && i > betweenBlocks);
    damaged.splice(beforeFirstRow + 1, 0, '#%&/ ¤¤ ');
    damaged.splice(betweenBlocks + 1, 0, '@@@ 12 ## ');
    const { report, problems } = importInBokmal(text(damaged));
    expect(problems.map((p) => p.line)).toEqual([betweenBlocks + 2, beforeFirstRow + 3]);
    expect(report).toEqual(EXPECTED);
  });

  it('reads a truncated file up to the cut, reporting the cut block and the questions after it', () => {
    const [from, to] = blockRange(LINES, '5. Spørsmål: Hvordan har ansatte');
    const cut = from + Math.floor((to - from) / 2);
    const { report, problems } = importInBokmal(text(LINES.slice(0, cut)));
    const before = allQuestions.slice(0, allQuestions.indexOf('5.3'));
    expect(answersOf(report.answers, before)).toEqual(answersOf(EXPECTED.answers, before));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join('\n')).toContain('Spørsmål 7.3');
    for (const problem of problems) expect(problem.line, problem.message).toBeGreaterThan(from);
  });

  it.each([
    ['an empty file', ''],
    ['only the cover', text(LINES.slice(0, 14))],
    ['random bytes', '\u0000\u0001%PDF-1.7\n\ufffd\ufffd\n'.repeat(50)],
    ['a block without rows', text([...LINES.slice(0, 60), '9. Spørsmål: Noe nytt ', ' ', 'Kommune (Offentlig) Svar '])],
  ])('does not crash on %s', (_name, input) => {
    const result = importInBokmal(input);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(problem.message).not.toMatch(/feil i programmet|kunne ikke leses:/);
  });
});
