// A submitted questionnaire as neutral document blocks and as a PDF: the questions that applied in the form's order,
// each with its answer (choices as ticked boxes, tables as tables), in the reader's language.
import { describe, expect, it } from 'vitest';
import { COMPLETE_ANSWERS, submittedTestQuestionnaire } from '../../domain/questionnaire/test-catalogue.ts';
import { compact, pdfPages } from '../blocks/test-pdf-text.ts';
import { questionnaireBlocks } from './questionnaire-blocks.ts';
import { renderQuestionnairePdf } from './questionnaire-pdf.ts';

const submitted = submittedTestQuestionnaire();

describe('questionnaireBlocks', () => {
  it('gives the title, the facts and each section with the questions that apply and their answers', () => {
    const blocks = questionnaireBlocks(submitted, 'nb');
    expect(blocks[0]).toEqual({ kind: 'title', text: 'Testskjema', subtitle: 'Tromsø skole' });
    expect(blocks[1]).toEqual({
      kind: 'facts',
      rows: [
        { label: 'Skjema', value: 'test-skjema, versjon 1' },
        { label: 'Gjelder', value: 'Tromsø skole' },
        { label: 'Sendt inn', value: '18.05.2031 kl. 00:30' },
        { label: 'Sendt inn av', value: 'Ola Koordinator' },
      ],
    });
    expect(blocks.slice(2)).toEqual([
      { kind: 'heading', level: 1, text: 'Første del' },
      { kind: 'field', label: 'Navn', answer: 'Tromsø skole' },
      { kind: 'checkboxes', label: 'Type', items: [{ text: 'Skole', checked: true }, { text: 'Annet', checked: false }] },
      { kind: 'field', label: 'Antall', answer: '1\u00a0234,5' },
      { kind: 'heading', level: 1, text: 'Andre del' },
      { kind: 'checkboxes', label: 'Har plan?', items: [{ text: 'Ja', checked: true }, { text: 'Nei', checked: false }] },
      { kind: 'field', label: 'Plandato', answer: '01.03.2025' },
      { kind: 'field', label: 'Beskrivelse', answer: null },
      { kind: 'checkboxes', label: 'Områder', items: [{ text: 'Lesing', checked: false }, { text: 'Regning', checked: true }] },
      { kind: 'heading', level: 1, text: 'Tredje del' },
      { kind: 'heading', level: 3, text: 'Tiltak' },
      {
        kind: 'table',
        caption: null,
        columns: [
          { header: 'Hva', weight: 3 },
          { header: 'Deltakere', weight: 1.4, align: 'right' },
          { header: 'Start', weight: 1.4 },
        ],
        rows: [{ kind: 'cells', cells: ['Lesekurs', '10', '15.08.2025'] }],
      },
    ]);
  });

  it('leaves out a question whose condition did not hold, and says when an anonymous answer came by the day only', () => {
    const anonymous = { ...submitted, subject: null, submittedAt: null, submittedByName: null, answers: { ...COMPLETE_ANSWERS, harPlan: false, planDato: undefined } };
    const blocks = questionnaireBlocks(anonymous, 'nb');
    expect(blocks.some((b) => b.kind === 'field' && b.label === 'Plandato')).toBe(false);
    expect(blocks[1]).toEqual({ kind: 'facts', rows: [{ label: 'Skjema', value: 'test-skjema, versjon 1' }, { label: 'Sendt inn', value: '18.05.2031' }] });
  });

  it('is said in the reader’s language, content texts falling back to Bokmål', () => {
    const blocks = questionnaireBlocks(submitted, 'en');
    expect(blocks[0]).toMatchObject({ text: 'Testskjema' });
    expect(blocks[1]).toMatchObject({ rows: expect.arrayContaining([{ label: 'Submitted by', value: 'Ola Koordinator' }, { label: 'Submitted', value: '18.05.2031 00:30' }]) });
    expect(questionnaireBlocks(submitted, 'nn')[0]).toMatchObject({ text: 'Testskjema (nynorsk)' });
  });
});

describe('renderQuestionnairePdf', () => {
  it('puts the questions and answers in the PDF', async () => {
    const text = compact((await pdfPages(await renderQuestionnairePdf(submitted, 'nb'))).join(' '));
    for (const phrase of ['Testskjema', 'Tromsø skole', 'Har plan?', '☒ Ja', 'Plandato', '01.03.2025', 'Lesekurs', 'Beskrivelse', 'Ikke besvart', 'side 1 av 1'])
      expect(text, phrase).toContain(compact(phrase));
    const english = compact((await pdfPages(await renderQuestionnairePdf(submitted, 'en'))).join(' '));
    expect(english).toContain(compact('Not answered'));
    expect(english).toContain(compact('page 1 of 1'));
  });
});
