// What the importer of "Svar – Intern rapport" gives back besides the report itself. Problems are for the person who
// imports, in their language (ADR 019): each message is a msg() token of src/domain/rapportering/messages/, which the
// CLI renders in Bokmål (renderNb) and a page in the reader's language. The other parts are what the later, non-pure
// steps need and the report's fixed shape has no room for: the questions as printed (unknown ones join the historical
// round's questionnaire) and the county of each municipality in the municipalities question.
import type { TInternRapport } from '../../../domain/rapportering/intern-rapport.ts';
import type { TReportQuestion, TReportQuestionKind } from '../../../domain/rapportering/questionnaire-2022-2023.ts';

export type TImportProblem = {
  /** 1-based line of the file the problem is found at (0: none, the program failed). */
  line: number;
  /** A message token (msg('rapportering.import.…')), rendered where it is read. */
  message: string;
};

export type TImportedQuestion = {
  /** The known question's id, or a new id after the known ones of its printed section. */
  id: string;
  section: number;
  /** The header's text as printed, normalised. */
  text: string;
  known: boolean;
  kind: TReportQuestionKind;
  /** The header's line. */
  line: number;
  /** Option texts as printed in this block, by number (what an unknown question's options are). */
  options: { number: number; text: string }[];
};

export type TMunicipalityCounty = {
  question: string;
  respondent: number;
  municipality: string;
  county: string;
  /** Where the county came from: the printout's grouping, or the reference data given through `countyOf`. */
  source: 'printout' | 'reference';
};

export type TImportOptions = {
  /** The questionnaire the printout is read against; the 2022/23 form when left out. */
  questions?: readonly TReportQuestion[];
  /** The county of a municipality by the reference data (a later step loads it); when it has no answer, the
   * printout's grouping decides. */
  countyOf?: (municipality: string) => string | null | undefined;
  /** Called as the file is read, with the lines read so far: large printouts take a moment. */
  onProgress?: (linesDone: number, linesTotal: number) => void;
};

export type TInternRapportImport = {
  /** What could be read. When `problems` is not empty, parts may be missing (and the title or date may be empty). */
  report: TInternRapport;
  questions: TImportedQuestion[];
  municipalityCounties: TMunicipalityCounty[];
  problems: TImportProblem[];
};
