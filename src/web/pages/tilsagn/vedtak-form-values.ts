// One decision's form as the case officer edits it (issue 14, point 1) and its conversion to PUT /api/tilsagn/vedtak/:id
// (ZUpdateVedtakInput). One amount input per year × recipient (the partnership's payee and each UH), kept as the text
// typed ("125 000") so a bad amount is said in the user's words by the shared kroner schema, with a label naming year
// and recipient. Beside each the innstilling's amount, so a deviation is visible before the server asks for its reason.
// Field names follow the server's error paths: `lines`, `reasons`, `deviationReason`; an amount is `amounts.<key>`.
import { z } from 'zod';
import type { VedtakDetail } from '../../../domain/tilsagn/vedtak-contract.ts';
import { formatAmount, parseKroner, zKroner } from '../../../domain/shared/money.ts';

export type VedtakKind = VedtakDetail['vedtak']['kind'];

/** One amount input: where the money goes, what the decision holds now and what the innstilling recommended. */
export type AmountCell = {
  key: string;
  year: number;
  recipient: 'owner' | 'uh';
  orgId: string;
  name: string;
  amountKr: number;
  /** The innstilling's amount here (0 where it gave none); null when the actor does not see the innstilling. */
  recommendedKr: number | null;
  /** A later year than the round's: promised only on the Storting's budget. */
  conditional: boolean;
};

export type VedtakFormValues = { kind: VedtakKind; amounts: Record<string, string>; reasons: string; deviationReason: string };

export const cellKey = (year: number, recipient: 'owner' | 'uh', orgId: string) => `${year}|${recipient}|${orgId}`;

/** Every amount input, year by year, the payee first and then each UH by name (the order of `recipients`). */
export function amountCells(detail: Pick<VedtakDetail, 'years' | 'recipients' | 'recommendedLines' | 'round'> & { vedtak: Pick<VedtakDetail['vedtak'], 'lines'> }): AmountCell[] {
  const sum = (lines: readonly { year: number; recipient: string; recipientOrgId: string; amountKr: number }[], year: number, recipient: string, orgId: string) =>
    lines.filter((l) => l.year === year && l.recipient === recipient && l.recipientOrgId === orgId).reduce((s, l) => s + l.amountKr, 0);
  return detail.years.flatMap((year) =>
    detail.recipients.map((r) => ({
      key: cellKey(year, r.recipient, r.orgId),
      year,
      recipient: r.recipient,
      orgId: r.orgId,
      name: r.name,
      amountKr: sum(detail.vedtak.lines, year, r.recipient, r.orgId),
      recommendedKr: detail.recommendedLines === null ? null : sum(detail.recommendedLines, year, r.recipient, r.orgId),
      conditional: year > detail.round.year,
    })),
  );
}

/** The form filled from the decision: its amounts (empty where it has none), reasons and deviation reason. */
export function vedtakValues(detail: VedtakDetail): VedtakFormValues {
  return {
    kind: detail.vedtak.kind,
    amounts: Object.fromEntries(amountCells(detail).map((c) => [c.key, c.amountKr === 0 ? '' : formatAmount(c.amountKr)])),
    reasons: detail.vedtak.reasons,
    deviationReason: detail.vedtak.deviationReason ?? '',
  };
}

/** What the form checks before sending: amounts as kroner where they read as kroner, else the text for the schema. */
export type VedtakFormBody = { kind: VedtakKind; amounts: Record<string, number | string>; reasons: string; deviationReason: string };

export function vedtakFormBody(v: VedtakFormValues): VedtakFormBody {
  return {
    kind: v.kind,
    // An avslag has no money: its amounts are not read (nor complained of), whatever is left in the inputs.
    amounts: v.kind === 'avslag' ? {} : Object.fromEntries(Object.entries(v.amounts).map(([k, text]) => [k, text.trim() === '' ? 0 : (parseKroner(text) ?? text)])),
    reasons: v.reasons,
    deviationReason: v.deviationReason,
  };
}

/** The form's check: each amount with its own label (`labelOf(key)`); the rest is the server's (it knows the
 * innstilling and the recipients). Field errors come out as `amounts.<key>`. */
export function vedtakFormSchema(keys: readonly string[], labelOf: (key: string) => string) {
  return z.object({
    kind: z.enum(['tilsagn', 'avslag']),
    amounts: z.object(Object.fromEntries(keys.map((k) => [k, zKroner(labelOf(k)).optional()]))),
    reasons: z.string(),
    deviationReason: z.string(),
  });
}

/** The request: the lines with money (zero amounts left out, as the server would), the texts, the version seen. */
export function updateBody(body: VedtakFormBody, cells: readonly AmountCell[], expectedVersion: number) {
  const lines =
    body.kind === 'avslag'
      ? []
      : cells.flatMap((c) => {
          const amountKr = body.amounts[c.key];
          return typeof amountKr === 'number' && amountKr > 0 ? [{ year: c.year, recipient: c.recipient, recipientOrgId: c.orgId, amountKr }] : [];
        });
  const deviationReason = body.deviationReason.trim();
  return { expectedVersion, kind: body.kind, lines, reasons: body.reasons.trim(), deviationReason: deviationReason === '' ? null : deviationReason };
}

/** The amount typed in a cell as kroner (blank 0), or null when it does not read as kroner. */
export function typedKr(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return 0;
  return parseKroner(text);
}

/** Whether the form, as typed, says otherwise than the innstilling (another kind, or an amount differing): the
 * deviation reason is then required. Unknown without the innstilling (null), and unreadable amounts count as
 * differing — the schema refuses them anyway. */
export function formDeviates(v: VedtakFormValues, cells: readonly AmountCell[], recommendedKind: VedtakKind | null): boolean | null {
  if (recommendedKind === null || cells.some((c) => c.recommendedKr === null)) return null;
  if (v.kind !== recommendedKind) return true;
  if (v.kind === 'avslag') return false;
  return cells.some((c) => typedKr(v.amounts[c.key]) !== c.recommendedKr);
}

/** `2027-03-01` → `01.03.2027`: a local (Oslo) date shown as written, never shifted through a time zone. */
export function localDateText(date: string | null | undefined): string {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}
