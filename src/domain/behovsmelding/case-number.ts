// Noark 5 case numbers (saksnummer) `YYYY/N`, e.g. Troms 2023/8245, and document numbers `YYYY/N-M` (one journal
// entry per submitted behovsmelding in its county's case). A round has one case number per county it covers.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';

const CASE_RE = /^(\d{4})\/([1-9]\d{0,8})$/;
const DOCUMENT_RE = /^(\d{4})\/([1-9]\d{0,8})-([1-9]\d{0,8})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export type TCaseNumberParts = { year: number; sequence: number };
export type TDocumentNumberParts = TCaseNumberParts & { caseNumber: string; documentSequence: number };

/** `2023/8245` → { year: 2023, sequence: 8245 }; null unless year 1900–2100 and N a positive integer, no leading 0. */
export function parseCaseNumber(text: string): TCaseNumberParts | null {
  const m = CASE_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return { year, sequence: Number(m[2]) };
}

/** A case number as entered from the archive system; surrounding spaces are trimmed. */
export const ZCaseNumber = z
  .string({ error: msg('shared.required', { label: msg('behovsmelding.label.caseNumber') }) })
  .trim()
  .min(1, { message: msg('shared.required', { label: msg('behovsmelding.label.caseNumber') }), abort: true })
  .refine((v) => /^\d{4}\/\d+$/.test(v), { message: msg('behovsmelding.caseNumberFormat'), abort: true })
  .refine((v) => CASE_RE.test(v), { message: msg('behovsmelding.caseNumberSequence'), abort: true })
  .refine((v) => parseCaseNumber(v) !== null, { message: msg('behovsmelding.caseNumberYear', { min: MIN_YEAR, max: MAX_YEAR }) });
export type TCaseNumber = z.output<typeof ZCaseNumber>;

/** `2023/8245-3`; throws RangeError on an invalid case number or a document sequence that is not a positive integer. */
export function formatDocumentNumber(caseNumber: string, documentSequence: number): string {
  if (!parseCaseNumber(caseNumber)) throw new RangeError(`Not a case number: ${caseNumber}`);
  if (!Number.isSafeInteger(documentSequence) || documentSequence < 1 || documentSequence > 999_999_999) {
    throw new RangeError(`Not a document sequence: ${documentSequence}`);
  }
  return `${caseNumber}-${documentSequence}`;
}

/** `2023/8245-3` → its case number and parts; null when it is not a valid document number. */
export function parseDocumentNumber(text: string): TDocumentNumberParts | null {
  const m = DOCUMENT_RE.exec(text.trim());
  if (!m) return null;
  const caseNumber = `${m[1]}/${m[2]}`;
  const parts = parseCaseNumber(caseNumber);
  return parts ? { ...parts, caseNumber, documentSequence: Number(m[3]) } : null;
}

/** A document number supplied by the archive system. */
export const ZDocumentNumber = z
  .string({ error: msg('shared.required', { label: msg('behovsmelding.label.documentNumber') }) })
  .trim()
  .min(1, { message: msg('shared.required', { label: msg('behovsmelding.label.documentNumber') }), abort: true })
  .refine((v) => parseDocumentNumber(v) !== null, { message: msg('behovsmelding.documentNumberFormat') });

/** The next document sequence M in a case: the highest used + 1, or 1 when none is used. */
export function nextDocumentSequence(existing: readonly number[]): number {
  let max = 0;
  for (const m of existing) {
    if (!Number.isSafeInteger(m) || m < 1) throw new RangeError(`Not a document sequence: ${m}`);
    if (m > max) max = m;
  }
  return max + 1;
}

const ZCountyNumber = z
  .string({ error: msg('shared.required', { label: msg('behovsmelding.label.countyNumber') }) })
  .trim()
  // An empty county is a missing one, not one with the wrong number of digits.
  .min(1, { message: msg('shared.required', { label: msg('behovsmelding.label.countyNumber') }), abort: true })
  .regex(/^\d{2}$/, { message: msg('behovsmelding.countyNumberDigits') });

const ZCountyCaseNumber = z.object({ countyNumber: ZCountyNumber, caseNumber: ZCaseNumber });

/**
 * The round's case numbers: county number → case number, e.g. { '55': '2023/8245', '56': '2023/8244' }.
 * Accepts the form's rows `[{ countyNumber, caseNumber }]` or a stored record; at least one county, each county at
 * most once, and no case number for two counties (documents are numbered per case, so a shared case would mix the
 * counties' numbering). Output is the record.
 */
export const ZRoundCaseNumbers = z
  .preprocess(
    (v) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.entries(v).map(([countyNumber, caseNumber]) => ({ countyNumber, caseNumber }))
        : v,
    z
      .array(ZCountyCaseNumber, { error: msg('shared.required', { label: msg('behovsmelding.label.caseNumbersPerCounty') }) })
      .min(1, { message: msg('behovsmelding.caseNumbersMin') }),
  )
  .superRefine((rows, ctx) => {
    const counties = new Set<string>();
    const cases = new Set<string>();
    rows.forEach((row, i) => {
      if (counties.has(row.countyNumber)) {
        ctx.addIssue({ code: 'custom', path: [i, 'countyNumber'], message: msg('behovsmelding.countyTwice', { county: row.countyNumber }) });
      }
      if (cases.has(row.caseNumber)) {
        ctx.addIssue({ code: 'custom', path: [i, 'caseNumber'], message: msg('behovsmelding.caseNumberTwice', { caseNumber: row.caseNumber }) });
      }
      counties.add(row.countyNumber);
      cases.add(row.caseNumber);
    });
  })
  .transform((rows): Record<string, TCaseNumber> => Object.fromEntries(rows.map((r) => [r.countyNumber, r.caseNumber])));
export type TRoundCaseNumbers = z.output<typeof ZRoundCaseNumbers>;
