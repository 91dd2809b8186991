// Pure helpers of the round's payment pages (issue 14/15, point 1; ADR 027): which plan lines a new batch may take,
// the "Ny utbetalingsbunt" form's values → request body with the checks the form can make before asking (the server's
// own rules and messages: whole kroner above 0, at most the payable rest, at least one line), and the small forms'
// checks (return message, paid date).
import { z } from 'zod';
import type { FieldError } from '../../api.ts';
import type { PaymentBatchDetail, RoundPaymentBatchesAnswer } from '../../../domain/utbetaling/batch-contract.ts';
import { msg } from '../../../domain/shared/message-catalogs.ts';
import { formatKr } from '../../../domain/shared/money.ts';
import { isLocalDate } from '../../../domain/tilsagn/vedtak-batch.ts';

export type PayableLine = RoundPaymentBatchesAnswer['lines'][number];
export type BatchItemOut = PaymentBatchDetail['items'][number];

/** One row of the form: ticked or not, and the amount as typed. */
export type BatchRowValues = { selected: boolean; amount: string };
export type BatchFormValues = Record<string, BatchRowValues>;
/** The form's own shape (what it checks before the rules): the rows by line id. */
export const ZBatchFormValues = z.record(z.string(), z.strictObject({ selected: z.boolean(), amount: z.string() }));
export type BatchItem = { lineId: string; amountKr: number };

/** A line a batch may take now: nothing blocks it and something remains to pay. */
export const isPayable = (l: PayableLine) => l.blockedReason === null && l.payableRestKr > 0;

/** Every payable line unticked, its amount the whole payable rest (a part payment is a smaller amount typed in). */
export function batchFormValues(lines: readonly PayableLine[]): BatchFormValues {
  return Object.fromEntries(lines.filter(isPayable).map((l) => [l.lineId, { selected: false, amount: String(l.payableRestKr) }]));
}

/** "12 000", "12000", "kr 12 000" → 12000; anything else (decimals, letters, empty) → null. */
export function typedKroner(text: string): number | null {
  const cleaned = text.replace(/^kr/i, '').replace(/[\s\u00a0.]/g, '');
  return /^\d{1,15}$/.test(cleaned) ? Number(cleaned) : null;
}

/** The field of a row's amount, as the form names it (`amount.<lineId>`). */
export const amountField = (lineId: string) => `amount.${lineId}`;

/**
 * The ticked rows as the batch's items, with what is wrong with them: the server's rules and words (an amount of
 * whole kroner above 0 and at most the payable rest; at least one line), so the user hears the same either way.
 */
export function batchItems(values: BatchFormValues, lines: readonly Pick<PayableLine, 'lineId' | 'label' | 'payableRestKr'>[]): { items: BatchItem[]; errors: FieldError[] } {
  const items: BatchItem[] = [];
  const errors: FieldError[] = [];
  for (const line of lines) {
    const row = values[line.lineId];
    if (!row?.selected) continue;
    const kr = typedKroner(row.amount);
    if (kr === null || kr <= 0) errors.push({ field: amountField(line.lineId), message: msg('utbetaling.batch.amountInvalid', { line: line.label }) });
    else if (kr > line.payableRestKr)
      errors.push({ field: amountField(line.lineId), message: msg('utbetaling.batch.overPayment', { line: line.label, amount: formatKr(kr), rest: formatKr(line.payableRestKr) }) });
    else items.push({ lineId: line.lineId, amountKr: kr });
  }
  if (items.length === 0 && errors.length === 0) errors.push({ field: 'items', message: msg('utbetaling.batch.empty') });
  return { items, errors };
}

/** A batch's own items as the editor's rows: each line's limit is what it holds plus what remains of the line (the
 * server counts this batch's amount as "in batches"); the label is the server's (`Partnerskap – Mottaker 2026`). */
export function editorLines(items: readonly BatchItemOut[], restByLine: ReadonlyMap<string, number> | null): { lineId: string; label: string; payableRestKr: number }[] {
  return items.map((i) => ({
    lineId: i.lineId,
    label: `${i.partnershipName} – ${i.orgName} ${i.year}`,
    // Until the round's lines are read, no limit here: the server checks it anyway.
    payableRestKr: restByLine ? i.amountKr + (restByLine.get(i.lineId) ?? 0) : Number.MAX_SAFE_INTEGER,
  }));
}

/** The editor's rows: every item ticked with its amount. */
export const editorValues = (items: readonly BatchItemOut[]): BatchFormValues => Object.fromEntries(items.map((i) => [i.lineId, { selected: true, amount: String(i.amountKr) }]));

/** The sum of the ticked rows' amounts as typed (what the batch will total), ignoring what cannot be read. */
export function batchFormTotal(values: BatchFormValues): number {
  return Object.values(values).reduce((sum, row) => sum + (row.selected ? (typedKroner(row.amount) ?? 0) : 0), 0);
}

/** Required: a batch sent back without a word says nothing of what to correct (the server's message). */
export const returnMessageErrors = (message: string): FieldError[] => (message.trim() === '' ? [{ field: 'message', message: msg('utbetaling.batch.returnMessageRequired') }] : []);

/** The paid date must be a date the calendar has (whether it is after today needs the server's today). */
export const paidOnErrors = (text: string): FieldError[] => (isLocalDate(text.trim()) ? [] : [{ field: 'paidOnLocal', message: msg('utbetaling.batch.paidOnInvalid') }]);

/** `2027-03-01` → `01.03.2027`; a local (Oslo) date is shown as written, never shifted through a time zone. */
export function formatLocalDate(date: string | null | undefined): string {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}
