// Pure rules of issuing a list's letters (issue 14, point 3; ADR 026): the render job's name and payload, where a
// letter's files are stored, the letter's date and acceptance due date in Oslo time, which decisions are to be
// accepted, and the file names the CLI and the downloads give. No I/O: the use case and the job apply these.
import { z } from 'zod';
import { osloWallClock, pad } from '../shared/oslo-time.ts';
import { msg } from '../shared/message-keys.ts';
import { LETTER_LANGUAGES, type TLetterLanguage } from './letter-input.ts';

export const LETTER_FORMATS = ['pdf', 'docx'] as const;
export type TLetterFormat = (typeof LETTER_FORMATS)[number];

export const LETTER_CONTENT_TYPES: Record<TLetterFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A letter's file states: queued for the worker, stored, or given up after the queue's retries. */
export const LETTER_STATES = ['venter', 'klar', 'feilet'] as const;
export type TLetterState = (typeof LETTER_STATES)[number];

/** The job that renders one decision's letter in one language, queued by the issue in its transaction. */
export const RENDER_VEDTAK_LETTER_JOB = 'render-vedtak-letter';
export type RenderVedtakLetterPayload = { vedtakId: string; language: TLetterLanguage };

export const isLetterLanguage = (v: unknown): v is TLetterLanguage => typeof v === 'string' && (LETTER_LANGUAGES as readonly string[]).includes(v);

/** Where a letter's file is stored. File-store keys are flat (no folders), hence the dashes. */
export const letterFileKey = (vedtakId: string, language: TLetterLanguage, format: TLetterFormat) => `vedtak-letter-${vedtakId}-${language}.${format}`;

/** `2071/8245-3` → `2071-8245-3.pdf`; a Sámi copy gets its language: `2071-8245-3-se.pdf`. The Norwegian letter
 * (the decision) carries the plain number. */
export function letterFileName(documentNumber: string, language: TLetterLanguage, format: TLetterFormat): string {
  const base = documentNumber.replace(/[^0-9A-Za-z-]+/g, '-');
  return `${base}${language === 'nb' || language === 'nn' ? '' : `-${language}`}.${format}`;
}

/** The Oslo calendar date of an instant, `YYYY-MM-DD`: the letter's date is the day it was issued in Norway. */
export function osloDateOf(instant: Date): string {
  const t = osloWallClock(instant);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

/** `YYYY-MM-DD` plus `days` calendar days (a date, not an instant: no daylight-saving hour can shift it). */
export function addDaysLocal(dateLocal: string, days: number): string {
  const at = new Date(`${dateLocal}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not a date: ${dateLocal}`);
  return new Date(at.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether a decision is to be accepted: a tilsagn with money paid out to at least one recipient. A state UH's share
 * is transferred through the office's budget arrangements (statlig overføring) and is neither accepted nor appealed,
 * so a tilsagn of transfers only awaits nothing.
 */
export function needsAcceptance(kind: string, lines: readonly { recipientOrgId: string; amountKr: number }[], transferOrgIds: ReadonlySet<string>): boolean {
  return kind === 'tilsagn' && lines.some((l) => l.amountKr > 0 && !transferOrgIds.has(l.recipientOrgId));
}

/** The last day to accept: the letter's date plus the office's days to accept. */
export const acceptanceDueLocal = (issuedOnLocal: string, acceptanceDays: number) => addDaysLocal(issuedOnLocal, acceptanceDays);

/** The journalpost number the office's archive gave the letter; empty or null clears it (the document number
 * stands). Free text within reason: archives number differently (`2023/8245-7`, `23/08245-7`). */
export const ZArchiveNumberInput = z.strictObject({
  archiveNumber: z
    .string({ error: msg('tilsagn.letters.archiveNumber.text') })
    .trim()
    .max(60, { message: msg('tilsagn.letters.archiveNumber.tooLong', { max: 60 }) })
    .nullable()
    .transform((v) => (v ? v : null)),
});
export type TArchiveNumberInput = z.output<typeof ZArchiveNumberInput>;
