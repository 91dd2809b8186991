// The yearly report's questionnaire as an engine catalogue (issue 16, point 1; ADR 028), built from the one list of
// printed questions (questionnaire-2022-2023.ts) so the seed, the importer and the printer never disagree on a
// question. The printout shows only a section number in front of each question, so a question's key carries its
// printed number ("2.5" → "s2.q5"): the printer and the converter map keys and printed numbers without a lookup
// table, also for the office's own sections after section 7, whose numbers may have two digits ("12.3").
import { MAX_TEXT_LENGTH, questionsInOrder, ZCatalogueShape, type TCatalogue, type TCatalogueInput } from '../questionnaire/catalogue.ts';
import type { LocalizedText } from '../shared/localized-text.ts';
import type { TReportQuestion } from './questionnaire-2022-2023.ts';

/** The text of an option no printout has shown; a round cannot open while one remains (`readyToOpen`). */
export const UNKNOWN_OPTION_TEXT = '(ukjent tekst)';

/** The custom components a report catalogue names; the reporting form supplies their editors and answer schemas. */
export const REPORT_CUSTOM_COMPONENTS = ['municipalities'] as const;

/** What the spec says of a question beyond its printed text and kind. */
export type TReportQuestionDetail = {
  /** Several numbered options may be chosen ("multi" in the spec); otherwise at most one. */
  multi?: boolean;
  required?: boolean;
  /** A free text answered in paragraphs, not a line. */
  long?: boolean;
  inputType?: 'email' | 'tel';
};

export type TReportCatalogueInput = {
  id: string;
  version: number;
  title: LocalizedText;
  questions: readonly TReportQuestion[];
  /** Section number → title; the printout shows none, so a missing one reads "Del N". */
  sectionTitles?: Readonly<Record<number, string>>;
  /** Printed number → what the spec says beyond the printed list. */
  details?: Readonly<Record<string, TReportQuestionDetail>>;
};

/** The 2022/23 spec's section titles (its own, never printed) and what its tables say of each question. */
export const REPORT_2022_2023_SECTION_TITLES: Readonly<Record<number, string>> = {
  2: 'Kontaktinformasjon',
  3: 'Partnerskapet',
  4: 'Økonomi',
  5: 'Tema og medvirkning',
  6: 'Måloppnåelse',
  7: 'Sammenhenger og erfaringer',
};
const required = { required: true };
export const REPORT_2022_2023_DETAILS: Readonly<Record<string, TReportQuestionDetail>> = {
  '2.1': required, '2.2': required, '2.3': { required: true, inputType: 'tel' }, '2.4': { required: true, inputType: 'email' },
  '2.5': required, '2.6': required, '3.1': required, '4.1': required, '4.2': required,
  '3.11': { multi: true }, '4.6': { multi: true }, '5.1': { multi: true }, '5.2': { multi: true }, '5.3': { multi: true },
  '6.1': { multi: true }, '6.2': { long: true }, '7.1': { long: true }, '7.2': { long: true }, '7.3': { long: true },
};

const PRINTED = /^([1-9]\d*)\.([1-9]\d*)$/;
const KEY = /^s([1-9]\d*)\.q([1-9]\d*)$/;

/** The engine key of a printed number ("12.3" → "s12.q3"); undefined for anything that is not one. */
export function keyOfPrinted(printed: string): string | undefined {
  const m = PRINTED.exec(printed);
  return m ? `s${m[1]}.q${m[2]}` : undefined;
}

/** The printed number of an engine key ("s12.q3" → "12.3"); undefined for a key that carries none. */
export function printedNumberOf(key: string): string | undefined {
  const m = KEY.exec(key);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/** Option values must start with a letter (engine key rules); the printed "Alternativ N" stays readable in them. */
export const optionValueOf = (n: number): string => `a${n}`;

export function reportCatalogue(input: TReportCatalogueInput): TCatalogue {
  const sections: { number: number; questions: TCatalogueInput['sections'][number]['questions'] }[] = [];
  for (const question of input.questions) {
    const key = keyOfPrinted(question.id);
    if (!key) throw new Error(`Spørsmål ${question.id} har ikke et trykt nummer (N.M)`);
    const number = Number(question.id.split('.')[0]);
    let section = sections.at(-1);
    if (section?.number !== number) {
      // The list is in printed order; a section met again would be printed twice.
      if (sections.some((s) => s.number === number)) throw new Error(`Del ${number} er delt: ${question.id} står etter en annen del`);
      section = { number, questions: [] };
      sections.push(section);
    }
    section.questions.push(engineQuestion(key, question, input.details?.[question.id] ?? {}));
  }
  return ZCatalogueShape.parse({
    id: input.id,
    version: input.version,
    storage: 'co-edited',
    title: input.title,
    sections: sections.map((s) => ({
      id: `s${s.number}`,
      title: { nb: input.sectionTitles?.[s.number] ?? `Del ${s.number}` },
      questions: s.questions,
    })),
  } satisfies TCatalogueInput);
}

function engineQuestion(key: string, question: TReportQuestion, detail: TReportQuestionDetail): TCatalogueInput['sections'][number]['questions'][number] {
  const base = { key, label: { nb: question.text }, required: detail.required ?? false };
  switch (question.kind) {
    case 'text':
      return detail.long
        ? { type: 'longText', ...base }
        : { type: 'text', ...base, maxLength: MAX_TEXT_LENGTH, ...(detail.inputType ? { inputType: detail.inputType } : {}) };
    case 'integer':
      return { type: 'number', ...base, integer: true, min: 0 };
    case 'choice': {
      const options = Object.entries(question.options ?? {})
        .map(([n, text]) => ({ n: Number(n), text }))
        .sort((a, b) => a.n - b.n)
        .map(({ n, text }) => ({ value: optionValueOf(n), label: { nb: text ?? UNKNOWN_OPTION_TEXT } }));
      return { type: detail.multi ? 'multiChoice' : 'choice', ...base, options };
    }
    case 'municipalities':
      // Picked from the reference data and printed grouped by county: no generic type draws that.
      return { type: 'custom', ...base, component: 'municipalities' };
  }
}

export type TReadiness = { ready: boolean; unknownOptions: { key: string; option: string }[] };

/** Whether a reporting round may open on this catalogue: not while an option's text is still unknown (issue 16,
 * point 1), since a respondent could not tell what they choose. */
export function readyToOpen(catalogue: TCatalogue): TReadiness {
  const unknownOptions = questionsInOrder(catalogue).flatMap(({ question }) =>
    question.type === 'choice' || question.type === 'multiChoice'
      ? question.options.filter((o) => o.label.nb.trim() === UNKNOWN_OPTION_TEXT).map((o) => ({ key: question.key, option: o.value }))
      : [],
  );
  return { ready: unknownOptions.length === 0, unknownOptions };
}
