// Validation shared by browser and server: drafts are checked for shape and length only; the whole response for
// required answers of the questions that apply, the rules of each type and conditions (an answer to a question that
// does not apply is ignored, not an error), with each section's status.
import { describe, expect, it } from 'vitest';
import { renderNb } from '../shared/message-catalogs.ts';
import { findQuestion, ZQuestionnaireCatalogue, type TCatalogue } from './catalogue.ts';
import { checkDraftAnswer, validateResponse, type TResponseValidation } from './validate.ts';
import { COMPLETE_ANSWERS, testCatalogue } from './test-catalogue.ts';

const catalogue: TCatalogue = ZQuestionnaireCatalogue.parse(testCatalogue());
const question = (key: string) => findQuestion(catalogue, key)!.question;
const issuesOf = (v: TResponseValidation) => v.issues.map((i) => ({ code: i.code, path: i.path, message: renderNb(i.message) }));
const statusOf = (v: TResponseValidation) => Object.fromEntries(v.sections.map((s) => [s.id, s.status]));

describe('drafts', () => {
  it('keep what is being written: a text within its length, a partial date, a table row without its required cell', () => {
    expect(checkDraftAnswer(question('navn'), 'Tromsø')).toEqual({ ok: true, value: 'Tromsø' });
    expect(checkDraftAnswer(question('planDato'), '2025-0')).toEqual({ ok: true, value: '2025-0' });
    expect(checkDraftAnswer(question('antall'), 3.5)).toEqual({ ok: true, value: 3.5 });
    expect(checkDraftAnswer(question('tiltak'), [{ deltakere: 4, ukjent: 'x' }])).toEqual({ ok: true, value: [{ deltakere: 4 }] });
    expect(checkDraftAnswer(question('navn'), null)).toEqual({ ok: true, value: null });
    expect(checkDraftAnswer(question('navn'), undefined)).toEqual({ ok: true, value: null });
  });

  it('refuse a wrong shape or length, with the field (and the row of a table cell)', () => {
    const tooLong = checkDraftAnswer(question('navn'), 'x'.repeat(21));
    expect(tooLong.ok === false && { path: tooLong.path, message: renderNb(tooLong.message) }).toEqual({ path: 'navn', message: 'Svaret kan ikke være lengre enn 20 tegn' });
    const notNumber = checkDraftAnswer(question('antall'), '12');
    expect(notNumber.ok === false && renderNb(notNumber.message)).toBe('Svaret må være et tall');
    const cell = checkDraftAnswer(question('tiltak'), [{ hva: 'A' }, { hva: 42 }]);
    expect(cell.ok === false && { path: cell.path, message: renderNb(cell.message) }).toEqual({ path: 'tiltak.1.hva', message: 'Rad 2: Svaret må være tekst' });
    const rows = checkDraftAnswer(question('tiltak'), [{}, {}, {}, {}]);
    expect(rows.ok === false && renderNb(rows.message)).toBe('Tabellen kan ha høyst 3 rader');
    const nested = checkDraftAnswer(question('omrader'), [['lesing']]);
    expect(nested.ok).toBe(false);
  });
});

describe('the whole response', () => {
  it('is complete with every required answer of the questions that apply', () => {
    const v = validateResponse(catalogue, COMPLETE_ANSWERS);
    expect(v.issues).toEqual([]);
    expect(v.canSubmit).toBe(true);
    expect(statusOf(v)).toEqual({ a: 'complete', b: 'complete', c: 'complete' });
    expect(v.applicableKeys).toEqual(['navn', 'type', 'antall', 'harPlan', 'planDato', 'beskrivelse', 'omrader', 'tiltak']);
  });

  it('asks for required answers; a section with nothing answered is not started, one with some is in progress', () => {
    const v = validateResponse(catalogue, { navn: 'Tromsø skole' });
    expect(issuesOf(v)).toEqual([
      { code: 'REQUIRED', path: 'type', message: 'Spørsmålet må besvares' },
      { code: 'REQUIRED', path: 'harPlan', message: 'Spørsmålet må besvares' },
    ]);
    expect(statusOf(v)).toEqual({ a: 'in-progress', b: 'not-started', c: 'not-started' });
    expect(v.canSubmit).toBe(false);
    expect(validateResponse(catalogue, { navn: '   ' }).issues[0]).toMatchObject({ code: 'REQUIRED', path: 'navn' });
  });

  it('applies a question only when its condition holds; an answer to one that does not apply is ignored', () => {
    const withoutPlan = validateResponse(catalogue, { ...COMPLETE_ANSWERS, harPlan: false, planDato: 'ikke en dato', typeAnnet: 'x'.repeat(5000) });
    expect(withoutPlan.issues).toEqual([]);
    expect(withoutPlan.applicableKeys).not.toContain('planDato');
    expect(withoutPlan.answers).not.toHaveProperty('planDato');
    expect(withoutPlan.answers).not.toHaveProperty('typeAnnet');

    const other = validateResponse(catalogue, { ...COMPLETE_ANSWERS, type: 'annet' });
    expect(issuesOf(other)).toEqual([{ code: 'REQUIRED', path: 'typeAnnet', message: 'Spørsmålet må besvares' }]);
    expect(statusOf(other).a).toBe('in-progress');

    const noPlanAnswer = validateResponse(catalogue, { navn: 'X', type: 'skole', planDato: '2025-01-01' });
    expect(noPlanAnswer.applicableKeys).not.toContain('planDato');
  });

  it('checks each type’s rules: integer, min/max, options, real dates, table cells; a section with a wrong answer has errors', () => {
    const v = validateResponse(catalogue, {
      ...COMPLETE_ANSWERS,
      antall: 101,
      planDato: '2025-02-30',
      omrader: ['lesing', 'skriving'],
      tiltak: [{ hva: 'Kurs', deltakere: 0 }, { deltakere: 2 }, { hva: '', deltakere: null }],
    });
    expect(issuesOf(v)).toEqual([
      { code: 'INVALID', path: 'antall', message: 'Svaret kan ikke være større enn 100' },
      { code: 'INVALID', path: 'planDato', message: 'Datoen finnes ikke' },
      { code: 'INVALID', path: 'omrader', message: 'Velg blant alternativene i skjemaet' },
      { code: 'INVALID', path: 'tiltak.0.deltakere', message: 'Rad 1: Svaret må være minst 1' },
      { code: 'REQUIRED', path: 'tiltak.1.hva', message: 'Rad 2: cellen må fylles ut' },
    ]);
    expect(statusOf(v)).toEqual({ a: 'has-errors', b: 'has-errors', c: 'has-errors' });
    expect(v.sections.find((s) => s.id === 'c')).toMatchObject({ errors: 2, applicable: 1, answered: 1 });

    expect(issuesOf(validateResponse(catalogue, { ...COMPLETE_ANSWERS, antall: 2.5 }))).toEqual([{ code: 'INVALID', path: 'antall', message: 'Svaret må være et helt tall' }]);
    expect(issuesOf(validateResponse(catalogue, { ...COMPLETE_ANSWERS, type: 'barnehage' }))[0]?.message).toBe('Velg blant alternativene i skjemaet');
    expect(issuesOf(validateResponse(catalogue, { ...COMPLETE_ANSWERS, antall: '12' }))).toEqual([{ code: 'INVALID', path: 'antall', message: 'Svaret må være et tall' }]);
  });

  it('gives the answers that count: texts trimmed, choices in the catalogue’s order, empty table rows left out', () => {
    const v = validateResponse(catalogue, { ...COMPLETE_ANSWERS, navn: '  Tromsø skole ', omrader: ['regning', 'lesing'], tiltak: [{ hva: ' Kurs ' }, { hva: '', start: null }] });
    expect(v.answers).toMatchObject({ navn: 'Tromsø skole', omrader: ['lesing', 'regning'], tiltak: [{ hva: 'Kurs', deltakere: null, start: null }] });
  });

  it('reports a stored answer that no longer passes at its field, and a condition on an invalid answer does not hold', () => {
    const v = validateResponse(catalogue, COMPLETE_ANSWERS, [{ key: 'harPlan', message: 'Svar ja eller nei' }]);
    expect(issuesOf(v)).toEqual([{ code: 'INVALID', path: 'harPlan', message: 'Det som er lagret i feltet, er ikke gyldig: Svar ja eller nei' }]);
    expect(v.applicableKeys).not.toContain('planDato');
  });

  it('marks a section whose questions do not apply as complete, and one with only optional unanswered questions as not started', () => {
    const optional = ZQuestionnaireCatalogue.parse(
      testCatalogue({
        sections: [
          { id: 'x', title: { nb: 'X' }, questions: [{ type: 'yesNo', key: 'ja', label: { nb: 'Ja?' } }] },
          { id: 'y', title: { nb: 'Y' }, questions: [{ type: 'text', key: 'hvorfor', label: { nb: 'Hvorfor?' }, required: true, condition: { key: 'ja', equals: true } }] },
        ],
      }),
    );
    const v = validateResponse(optional, { ja: false });
    expect(statusOf(v)).toEqual({ x: 'complete', y: 'complete' });
    expect(statusOf(validateResponse(optional, {}))).toEqual({ x: 'not-started', y: 'complete' });
    expect(issuesOf(validateResponse(optional, { ja: true }))).toEqual([{ code: 'REQUIRED', path: 'hvorfor', message: 'Spørsmålet må besvares' }]);
  });

  it('never reads inherited properties as answers', () => {
    const keyed = ZQuestionnaireCatalogue.parse(
      testCatalogue({ sections: [{ id: 'x', title: { nb: 'X' }, questions: [{ type: 'text', key: 'constructor', label: { nb: 'Konstruktør' }, required: true }] }] }),
    );
    expect(issuesOf(validateResponse(keyed, {}))).toEqual([{ code: 'REQUIRED', path: 'constructor', message: 'Spørsmålet må besvares' }]);
  });
});
