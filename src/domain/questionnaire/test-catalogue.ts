// For tests: a small catalogue with every question type, a condition on a choice and one on a yes/no, and a table.
import { ZQuestionnaireCatalogue, type TCatalogueInput } from './catalogue.ts';
import { QUESTIONNAIRE_SNAPSHOT_FORMAT, type TSubmittedQuestionnaire } from './snapshot.ts';

export function testCatalogue(overrides: Partial<TCatalogueInput> = {}): TCatalogueInput {
  return {
    id: 'test-skjema',
    version: 1,
    storage: 'co-edited',
    title: { nb: 'Testskjema', nn: 'Testskjema (nynorsk)' },
    sections: [
      {
        id: 'a',
        title: { nb: 'Første del' },
        questions: [
          { type: 'text', key: 'navn', label: { nb: 'Navn' }, required: true, maxLength: 20 },
          {
            type: 'choice',
            key: 'type',
            label: { nb: 'Type' },
            required: true,
            options: [
              { value: 'skole', label: { nb: 'Skole' } },
              { value: 'annet', label: { nb: 'Annet' } },
            ],
          },
          { type: 'text', key: 'typeAnnet', label: { nb: 'Hvilken type?' }, required: true, condition: { key: 'type', equals: 'annet' } },
          { type: 'number', key: 'antall', label: { nb: 'Antall' }, integer: true, min: 0, max: 100 },
        ],
      },
      {
        id: 'b',
        title: { nb: 'Andre del' },
        questions: [
          { type: 'yesNo', key: 'harPlan', label: { nb: 'Har plan?' }, required: true },
          { type: 'date', key: 'planDato', label: { nb: 'Plandato' }, required: true, condition: { key: 'harPlan', in: [true] } },
          { type: 'longText', key: 'beskrivelse', label: { nb: 'Beskrivelse' } },
          {
            type: 'multiChoice',
            key: 'omrader',
            label: { nb: 'Områder' },
            options: [
              { value: 'lesing', label: { nb: 'Lesing' } },
              { value: 'regning', label: { nb: 'Regning' } },
            ],
          },
        ],
      },
      {
        id: 'c',
        title: { nb: 'Tredje del' },
        questions: [
          {
            type: 'table',
            key: 'tiltak',
            label: { nb: 'Tiltak' },
            maxRows: 3,
            columns: [
              { type: 'text', key: 'hva', label: { nb: 'Hva' }, required: true },
              { type: 'number', key: 'deltakere', label: { nb: 'Deltakere' }, integer: true, min: 1 },
              { type: 'date', key: 'start', label: { nb: 'Start' } },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** Answers that make the test catalogue complete. */
export const COMPLETE_ANSWERS = {
  navn: 'Tromsø skole',
  type: 'skole',
  antall: 12,
  harPlan: true,
  planDato: '2025-03-01',
  tiltak: [{ hva: 'Lesekurs', deltakere: 10, start: '2025-08-15' }],
};

/** The test catalogue answered and submitted (documents' tests): a number with decimals, one area ticked. */
export function submittedTestQuestionnaire(): TSubmittedQuestionnaire {
  return {
    format: QUESTIONNAIRE_SNAPSHOT_FORMAT,
    catalogue: ZQuestionnaireCatalogue.parse(testCatalogue()),
    questionnaireId: 'test-skjema',
    questionnaireVersion: 1,
    subject: 'Tromsø skole',
    answers: { ...COMPLETE_ANSWERS, antall: 1234.5, omrader: ['regning'] },
    submittedOn: '2031-05-18',
    submittedAt: '2031-05-17T22:30:00.000Z',
    submittedByName: 'Ola Koordinator',
  };
}
