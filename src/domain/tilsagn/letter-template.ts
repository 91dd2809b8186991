// A letter template (issue 14, point 3; ADR 026): sections of text, each a heading and a body with named fields in
// braces ({purpose}, {reportDue} …) that letterContent() fills from the decision. The defaults live in code
// (default-letter-templates.ts); an office's edited copy is stored in letter_template.
//
// A body is paragraphs separated by a blank line; a line starting with "- " is a list item. A paragraph that names a
// field with no value for this letter (no co-funding rule, nothing to accept, no reduction …) is left out, and a
// section left with no paragraphs is left out: one rule that makes the conditional parts of the law's content
// (co-funding only where the scheme requires it, acceptance only where money is paid out) editable text like the rest.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';
import type { TLetterLanguage } from './letter-input.ts';

export const LETTER_KINDS = ['tilsagn', 'avslag'] as const;
export type TLetterKind = (typeof LETTER_KINDS)[number];

/** A translation is used only when reviewed; the Norwegian templates are always used (they are the decision). */
export const TEMPLATE_STATUSES = ['draft', 'reviewed'] as const;
export type TTemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** The amount tables stand where a paragraph is exactly this field. */
export const AMOUNT_TABLE_FIELD = 'amountTable';

/** Every field a body may name. The web page's texts describe each (their labels live in the UI catalogs). Fields
 * that are empty for some letters (and so drop their paragraph): reduction (only when less than asked),
 * deviationReason, laterYears, transferRecipients, cofundingPercent, notFundedUse, acceptanceDue, amendsDocumentNumber,
 * amendsDate, reasons (may be empty for a grant as asked). */
export const LETTER_FIELD_NAMES = [
  'officeName',
  'partnershipName',
  'addresseeName',
  'schemeName',
  'roundTitle',
  'roundYear',
  'documentNumber',
  'caseNumber',
  'letterDate',
  'purpose',
  'years',
  'grantedTotal',
  'askedTotal',
  'innstiltTotal',
  'reduction',
  'reasons',
  'deviationReason',
  'laterYears',
  'transferRecipients',
  'budgetChapterPost',
  'grantRules',
  'cofundingPercent',
  'notFundedUse',
  'reportDue',
  'acceptanceDue',
  'appealBody',
  'amendsDocumentNumber',
  'amendsDate',
  AMOUNT_TABLE_FIELD,
] as const;
export type TLetterField = (typeof LETTER_FIELD_NAMES)[number];

export type TLetterSection = { key: string; heading: string; body: string };

/** A template as letterContent() uses it. `source`: the office's edited one, or the default in code. */
export type TLetterTemplate = {
  kind: TLetterKind;
  language: TLetterLanguage;
  sections: TLetterSection[];
  status: TTemplateStatus;
  source: 'office' | 'default';
};

const FIELD_PATTERN = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The field names a text names, each once, in order. */
export function fieldsIn(text: string): string[] {
  return [...new Set([...text.matchAll(FIELD_PATTERN)].map((m) => m[1]!))];
}

/** Field names the sections name that no letter can fill, each once. */
export function unknownFields(sections: readonly TLetterSection[]): string[] {
  const known = new Set<string>(LETTER_FIELD_NAMES);
  return [...new Set(sections.flatMap((s) => [...fieldsIn(s.heading), ...fieldsIn(s.body)]))].filter((f) => !known.has(f));
}

/** A body's paragraphs: split at blank lines, trimmed, empty ones dropped. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Whether a body places the amount tables: a paragraph that is exactly {amountTable}. */
export const placesAmountTable = (body: string) => paragraphsOf(body).includes(`{${AMOUNT_TABLE_FIELD}}`);

/** Whether a body names {amountTable} inside other text, where it cannot stand (the tables are not words). */
export const misplacesAmountTable = (body: string) => paragraphsOf(body).some((p) => p !== `{${AMOUNT_TABLE_FIELD}}` && fieldsIn(p).includes(AMOUNT_TABLE_FIELD));

/** Fills the fields; null when a field named has no value (the caller leaves that paragraph out). */
export function fillFields(text: string, values: Partial<Record<TLetterField, string | null>>): string | null {
  let missing = false;
  const filled = text.replace(FIELD_PATTERN, (whole, name: string) => {
    const value = (values as Record<string, string | null | undefined>)[name];
    if (value === undefined || value === null || value === '') {
      missing = true;
      return whole;
    }
    return value;
  });
  return missing ? null : filled;
}

export const ZLetterSection = z.strictObject({
  key: z
    .string({ error: msg('tilsagn.template.sectionKeyInvalid') })
    .trim()
    .regex(/^[a-z][a-zA-Z0-9-]{0,39}$/, { error: msg('tilsagn.template.sectionKeyInvalid') }),
  heading: z.string({ error: msg('tilsagn.template.headingInvalid') }).trim().max(200, { error: msg('tilsagn.template.headingInvalid') }),
  body: z
    .string({ error: msg('tilsagn.template.bodyInvalid') })
    .max(10_000, { error: msg('tilsagn.template.bodyInvalid') })
    .refine((b) => b.trim() !== '', { error: msg('tilsagn.template.bodyInvalid') }),
});

export const ZLetterTemplateInput = z.strictObject({
  sections: z
    .array(ZLetterSection, { error: msg('tilsagn.template.sectionsInvalid') })
    .min(1, { error: msg('tilsagn.template.sectionsInvalid') })
    .max(40, { error: msg('tilsagn.template.sectionsInvalid') })
    .refine((s) => new Set(s.map((x) => x.key)).size === s.length, { error: msg('tilsagn.template.duplicateKeys') }),
  /** A Sámi translation: whether it has been reviewed (only then is it sent). Ignored for nb/nn. */
  status: z.enum(TEMPLATE_STATUSES, { error: msg('tilsagn.template.statusInvalid') }).optional(),
  /** The version the edit starts from: 0 when it starts from the default. */
  expectedVersion: z.number({ error: msg('tilsagn.template.versionInvalid') }).int().min(0),
});
export type TLetterTemplateInput = z.output<typeof ZLetterTemplateInput>;
