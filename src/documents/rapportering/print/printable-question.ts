// The questions a report is printed against: the 2022/23 form's (domain/rapportering/questionnaire-2022-2023.ts), or
// the questions the importer read out of another year's printout (import-types.ts `TImportedQuestion`), whose options
// are a list of the texts that printout showed. Both shapes are accepted as they are.
import type { TReportQuestion } from '../../../domain/rapportering/questionnaire-2022-2023.ts';

export type TPrintableQuestion = Pick<TReportQuestion, 'id' | 'text' | 'kind'> & {
  options?: TReportQuestion['options'] | readonly { number: number; text: string }[];
};

/** Printed where no text of a chosen option is known: the spec's own mark for it. An office gives every option a
 * text before a round opens, so only an imported year's option never seen in its printout can show it. */
export const UNKNOWN_OPTION_TEXT = '(ukjent tekst)';

export function optionText(question: TPrintableQuestion, number: number): string {
  const { options } = question;
  const text = Array.isArray(options)
    ? (options as readonly { number: number; text: string }[]).find((o) => o.number === number)?.text
    : (options as TReportQuestion['options'])?.[number];
  return text ?? UNKNOWN_OPTION_TEXT;
}

/** The section number the printout shows in front of the question: the id's first part. */
export function sectionOf(question: Pick<TReportQuestion, 'id'>): number {
  return Number(question.id.split('.')[0]);
}
