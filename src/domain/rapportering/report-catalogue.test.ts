// The 2022/23 report's questions as an engine catalogue (issue 16, point 1): accepted by the engine, every printed
// question once and in order, printed numbers recoverable from keys, and no round opening on an unknown option text.
import { describe, expect, it } from 'vitest';
import { checkCatalogue, questionsInOrder, type TCatalogue } from '../questionnaire/catalogue.ts';
import { QUESTIONS_2022_2023 } from './questionnaire-2022-2023.ts';
import {
  keyOfPrinted,
  printedNumberOf,
  readyToOpen,
  REPORT_2022_2023_DETAILS,
  REPORT_2022_2023_SECTION_TITLES,
  REPORT_CUSTOM_COMPONENTS,
  reportCatalogue,
} from './report-catalogue.ts';

const build = () =>
  reportCatalogue({
    id: 'rapport-kompetanseloftet-2022-2023',
    version: 1,
    title: { nb: 'Rapportering – Kompetanseløftet 2022/2023' },
    questions: QUESTIONS_2022_2023,
    sectionTitles: REPORT_2022_2023_SECTION_TITLES,
    details: REPORT_2022_2023_DETAILS,
  });

/** The catalogue with one option's text given, as the office does in its draft. */
function withOptionText(catalogue: TCatalogue, key: string, option: string, text: string): TCatalogue {
  return {
    ...catalogue,
    sections: catalogue.sections.map((section) => ({
      ...section,
      questions: section.questions.map((q) =>
        q.key === key && (q.type === 'choice' || q.type === 'multiChoice')
          ? { ...q, options: q.options.map((o) => (o.value === option ? { ...o, label: { nb: text } } : o)) }
          : q,
      ),
    })),
  };
}

describe('the 2022/23 report as an engine catalogue', () => {
  it('is accepted by the engine with the custom components it declares, and not without them', () => {
    const catalogue = build();
    expect(checkCatalogue(catalogue, { customComponents: REPORT_CUSTOM_COMPONENTS })).toEqual([]);
    expect(checkCatalogue(catalogue).map((p) => p.path.join('.'))).toEqual(['sections.1.questions.1.component']);
  });

  it('asks every printed question once, in printed order, its number recoverable from its key', () => {
    const placed = questionsInOrder(build());
    expect(placed.map((p) => printedNumberOf(p.question.key))).toEqual(QUESTIONS_2022_2023.map((q) => q.id));
    expect(placed.map((p) => p.question.label.nb)).toEqual(QUESTIONS_2022_2023.map((q) => q.text.trim()));
    expect(build().sections.map((s) => [s.id, s.title.nb])).toEqual([
      ['s2', 'Kontaktinformasjon'], ['s3', 'Partnerskapet'], ['s4', 'Økonomi'],
      ['s5', 'Tema og medvirkning'], ['s6', 'Måloppnåelse'], ['s7', 'Sammenhenger og erfaringer'],
    ]);
  });

  it('gives each kind its engine type, as the spec describes the answers', () => {
    const byNumber = new Map(questionsInOrder(build()).map((p) => [printedNumberOf(p.question.key), p.question]));
    expect(byNumber.get('2.4')).toMatchObject({ type: 'text', inputType: 'email', required: true });
    expect(byNumber.get('7.1')).toMatchObject({ type: 'longText', required: false });
    expect(byNumber.get('3.5')).toMatchObject({ type: 'number', integer: true, min: 0 });
    expect(byNumber.get('3.2')).toMatchObject({ type: 'custom', component: 'municipalities' });
    expect(byNumber.get('5.1')?.type).toBe('multiChoice');
    expect(byNumber.get('4.3')).toMatchObject({
      type: 'choice',
      options: [
        { value: 'a1', label: { nb: '0 - 25%' } }, { value: 'a2', label: { nb: '25 - 50%' } },
        { value: 'a3', label: { nb: '50 - 75%' } }, { value: 'a4', label: { nb: '75-100%' } },
      ],
    });
    expect(byNumber.get('2.6')).toMatchObject({ type: 'choice', options: [{ value: 'a1', label: { nb: 'Ja' } }, { value: 'a2', label: { nb: '(ukjent tekst)' } }] });
  });
});

describe('readyToOpen', () => {
  it('refuses while an option text is unknown, naming each (2.6 among them)', () => {
    expect(readyToOpen(build())).toEqual({
      ready: false,
      unknownOptions: [
        { key: 's2.q6', option: 'a2' },
        { key: 's5.q2', option: 'a3' }, { key: 's5.q2', option: 'a4' },
        { key: 's6.q3', option: 'a1' }, { key: 's6.q3', option: 'a2' },
      ],
    });
  });

  it('no longer names 2.6 once the office gives its option a text, and opens once every option has one', () => {
    let catalogue = withOptionText(build(), 's2.q6', 'a2', 'Nei');
    expect(readyToOpen(catalogue).unknownOptions).not.toContainEqual({ key: 's2.q6', option: 'a2' });
    for (const [key, option] of [['s5.q2', 'a3'], ['s5.q2', 'a4'], ['s6.q3', 'a1'], ['s6.q3', 'a2']] as const)
      catalogue = withOptionText(catalogue, key, option, 'En tekst');
    expect(readyToOpen(catalogue)).toEqual({ ready: true, unknownOptions: [] });
  });

  it('opens on a catalogue whose only question is 2.6 once it has the text "Nei"', () => {
    const catalogue = reportCatalogue({ id: 'rapport-test', version: 1, title: { nb: 'Test' }, questions: QUESTIONS_2022_2023.filter((q) => q.id === '2.6') });
    expect(readyToOpen(catalogue).ready).toBe(false);
    expect(readyToOpen(withOptionText(catalogue, 's2.q6', 'a2', 'Nei')).ready).toBe(true);
  });
});

describe('printed numbers and keys', () => {
  it('maps a section 12 question to "12.1" and back', () => {
    const catalogue = reportCatalogue({
      id: 'rapport-test',
      version: 1,
      title: { nb: 'Test' },
      questions: [...QUESTIONS_2022_2023, { id: '12.1', kind: 'integer', text: 'Egenandel brukt (kr)' }],
    });
    const last = questionsInOrder(catalogue).at(-1);
    expect(last?.section.id).toBe('s12');
    expect(last?.section.title.nb).toBe('Del 12');
    expect(printedNumberOf(last?.question.key ?? '')).toBe('12.1');
    expect(keyOfPrinted('12.1')).toBe(last?.question.key);
    expect(checkCatalogue(catalogue, { customComponents: REPORT_CUSTOM_COMPONENTS })).toEqual([]);
  });

  it('reads only keys and numbers that carry a printed number', () => {
    expect(keyOfPrinted('3.10')).toBe('s3.q10');
    expect(printedNumberOf('s3.q10')).toBe('3.10');
    for (const notPrinted of ['3', '3.', '0.1', '3.0', '1.2.3', 'a.b']) expect(keyOfPrinted(notPrinted)).toBeUndefined();
    for (const notKey of ['s3', 's3.q0', 's03.q1', 's3.q1.annet', 'enhetNavn']) expect(printedNumberOf(notKey)).toBeUndefined();
  });

  it('refuses a list whose ids are not printed numbers or whose sections are split', () => {
    const q = (id: string) => ({ id, kind: 'text' as const, text: 'Spørsmål' });
    const of = (ids: string[]) => () => reportCatalogue({ id: 'rapport-test', version: 1, title: { nb: 'Test' }, questions: ids.map(q) });
    expect(of(['2.1', 'x'])).toThrow(/trykt nummer/);
    expect(of(['2.1', '3.1', '2.2'])).toThrow(/Del 2 er delt/);
  });
});
