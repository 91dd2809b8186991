// What one decision letter (tilsagnsbrev or avslag, issue 14 point 3) is made of, gathered from the database by
// src/loaders/tilsagn/load-letter-input.ts and turned into the letter's one source by letterContent(); the PDF and
// DOCX renderers draw that source. Plain data: amounts in whole kroner, dates as Oslo `YYYY-MM-DD`.

/** The letter's language: the Norwegian written standards, and the Sámi languages a copy may be rendered in. */
export const LETTER_LANGUAGES = ['nb', 'nn', 'se', 'smj', 'sma'] as const;
export type TLetterLanguage = (typeof LETTER_LANGUAGES)[number];
export const SAMI_LETTER_LANGUAGES = ['se', 'smj', 'sma'] as const;

export type TLetterLine = {
  year: number;
  recipient: 'owner' | 'uh';
  recipientName: string;
  /** A state UH's share: transferred through the office's budget arrangements, not paid out (listed apart). */
  transfer: boolean;
  amountKr: number;
  /** A later year, promised subject to the Storting's budget. */
  conditional: boolean;
};

export type TLetterInput = {
  kind: 'tilsagn' | 'avslag';
  language: TLetterLanguage;
  /** An endringsvedtak (or the reversal after a klage): the decision it amends. */
  amends: { documentNumber: string; dateLocal: string } | null;
  /** `YYYY/N-M` in the case of the application's county. */
  documentNumber: string;
  /** The archive's journalpost number when recorded and different. */
  archiveNumber: string | null;
  caseNumber: string;
  /** The letter's date (the day the list was issued). */
  dateLocal: string;
  office: { name: string };
  /** `grantRules`: the rules' title in the letter's standard (src/domain/reference/scheme-rules.ts, grantRulesFor). */
  scheme: { name: string; budgetChapterPost: string; grantRules: string; ownerCofundingPercent: number | null; noIndividualEducation: boolean };
  round: { title: string; year: number };
  partnership: { name: string };
  /** The applicant (the responsible owner), to whom the letter is addressed. */
  addressee: { name: string; orgnr: string | null };
  /** Every other member of the partnership (owners and UH), copied. */
  copies: { name: string }[];
  /** What the application is for: its theme and overall goal, as the partnership wrote them. */
  purpose: string;
  /** The decided amounts per year and recipient (empty for an avslag). */
  lines: TLetterLine[];
  /** What the partnership asked for in all (this office's parts, all years). */
  askedKr: number;
  /** What the forum's innstilling recommended in all. */
  innstiltKr: number;
  /** The reasons (forvaltningsloven §§ 24–25): why not granted, or why reduced; may be empty for a grant as asked. */
  reasons: string;
  /** Why the decision differs from the forum's innstilling (printed when given). */
  deviationReason: string | null;
  /** The last day of the report the grant requires. */
  reportDueLocal: string | null;
  /** The last day to accept; null when nothing is to be accepted (an avslag, or state transfers only). */
  acceptanceDueLocal: string | null;
  /** Where an appeal goes (default Utdanningsdirektoratet); it is sent through the office. */
  appealBody: string;
  /** Who prepared the decision and who approved it (the recipient must see who handled the case). */
  caseOfficerName: string;
  approverName: string;
};
