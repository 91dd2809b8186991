// The structured form of a "Svar – Intern rapport" printout (issue 16, point 4): what the importer reads out of an old
// printout and what the generator prints from. The shape is the spec's "Structured form used by the samples"
// (reference/rapporteringsskjema-kompetanseloftet-2022-2023.md) and the samples' *.expected.json, field for field,
// so that `import … --json` and the samples can be compared as they are. Objects are strict: a field the spec does not
// name is an error, never silently carried along.
import { z } from 'zod';

/** The respondent categories of the 2022/23 printout, in the order the overview and every question block print them.
 * Other years may print others; the importer keeps those as printed (a category is a printed label, not a code). */
export const INTERN_RAPPORT_CATEGORIES = [
  'Fylkeskommune (Offentlig)',
  'Kommune (Offentlig)',
  'Organisasjon (Privat)',
  'Annet (Offentlig)',
] as const;

/** `<section>.<question>`; an office's own sections may reach two digits. */
export const ZQuestionId = z.string().regex(/^\d{1,2}\.\d{1,3}$/);

export const ZInternRapportRespondent = z.strictObject({
  /** 1…N in the overview's order, which is also the order of the rows in every question block. */
  id: z.number().int().positive(),
  name: z.string().min(1),
  /** The label without the count, e.g. "Kommune (Offentlig)". */
  category: z.string().min(1),
});

export const ZInternRapportAttachment = z.strictObject({
  name: z.string().min(1),
  /** The download link the printout collected at the bottom of the page; null when the extraction lost it (the
   * importer then reports the line). */
  url: z.string().nullable(),
});

export const ZInternRapportAnswer = z.strictObject({
  question: ZQuestionId,
  respondent: z.number().int().positive(),
  /** Option numbers in printed order; [] for questions without options and for an "Annet"-only answer. */
  options: z.array(z.number().int().positive()),
  /** The text after `Annet:`. */
  other: z.string().nullable(),
  /** All comment paragraphs as one text (the extraction cannot tell paragraph breaks from wraps). */
  comment: z.string().nullable(),
  /** A text or number question's answer: integers for counts and amounts, else the text as printed; null for choice
   * questions and the municipalities question. */
  value: z.union([z.string(), z.number().int()]).nullable(),
  /** The municipalities question only: the names after `<County>:`, or `[<County>]` when the county itself was picked. */
  municipalities: z.array(z.string()).nullable(),
  attachments: z.array(ZInternRapportAttachment),
});

export const ZInternRapport = z.strictObject({
  /** The cover title, its lines joined. */
  title: z.string(),
  /** The print date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  respondents: z.array(ZInternRapportRespondent),
  /** One entry per printed row, by question in form order, then by respondent id. */
  answers: z.array(ZInternRapportAnswer),
});

export type TInternRapportRespondent = z.infer<typeof ZInternRapportRespondent>;
export type TInternRapportAttachment = z.infer<typeof ZInternRapportAttachment>;
export type TInternRapportAnswer = z.infer<typeof ZInternRapportAnswer>;
export type TInternRapport = z.infer<typeof ZInternRapport>;
