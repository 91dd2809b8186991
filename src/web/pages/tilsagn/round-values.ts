// Pure helpers of the round's decisions page (issue 14, points 1, 3, 6): a decision's amounts per year as the table
// shows them (the year's sum with the owner's and the UH's shares), which letters are still being made, and the
// small forms' values → request bodies (return message, archive number, report deadline) with the checks the form
// can make before asking the server.
import type { FieldError } from '../../api.ts';
import type { VedtakOut } from '../../../domain/tilsagn/vedtak-contract.ts';
import type { RoundLetter } from '../../../domain/tilsagn/letters-contract.ts';
import { msg } from '../../../domain/shared/message-catalogs.ts';
import { isLocalDate } from '../../../domain/tilsagn/vedtak-batch.ts';

export type YearAmounts = { year: number; totalKr: number; ownerKr: number; uhKr: number; conditional: boolean };

/** One row per year, earliest first: the sum, the owner's and the UH's parts, and whether the year is promised only
 * on the state budget (a later year of a multi-year measure). */
export function amountsPerYear(lines: VedtakOut['lines']): YearAmounts[] {
  const byYear = new Map<number, YearAmounts>();
  for (const l of lines) {
    const y = byYear.get(l.year) ?? { year: l.year, totalKr: 0, ownerKr: 0, uhKr: 0, conditional: false };
    y.totalKr += l.amountKr;
    if (l.recipient === 'owner') y.ownerKr += l.amountKr;
    else y.uhKr += l.amountKr;
    y.conditional ||= l.conditional;
    byYear.set(l.year, y);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Whether any of the round's letter files is still queued for rendering: the page polls while it is. */
export const lettersRendering = (letters: readonly RoundLetter[]) => letters.some((l) => l.files.some((f) => f.state === 'venter'));

/** The message sent back to the case officers, trimmed. */
export const returnBody = (message: string) => ({ message: message.trim() });

/** Required: the server takes an empty text, but a list sent back without a word says nothing of what to correct.
 * `required` is the field's message in the UI language. */
export const returnErrors = (body: { message: string }, required: string): FieldError[] => (body.message === '' ? [{ field: 'message', message: required }] : []);

export type ArchiveFormValues = { vedtakId: string; archiveNumber: string };

/** The archive form → PUT …/archive-number: an empty field clears the number (null), as the server's schema reads it. */
export const archiveBody = (v: ArchiveFormValues) => ({ archiveNumber: v.archiveNumber.trim() === '' ? null : v.archiveNumber.trim() });

/** The letter to fill the archive form with first: the first without a number recorded, else the first. */
export function firstLetterToRecord(letters: readonly RoundLetter[]): RoundLetter | undefined {
  return letters.find((l) => l.archiveNumber === null) ?? letters[0];
}

/** `2027-03-01` → `01.03.2027`; a local (Oslo) date is shown as written, never shifted through a time zone. */
export function formatLocalDate(date: string | null | undefined): string {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}

/** The report deadline form's check, the server's own rule and message: a date the calendar has (whether it is late
 * enough needs the server's today). */
export const reportDueErrors = (text: string): FieldError[] => (isLocalDate(text.trim()) ? [] : [{ field: 'reportDueLocal', message: msg('tilsagn.batch.reportDueInvalid') }]);
