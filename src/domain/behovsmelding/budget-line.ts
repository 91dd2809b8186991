// A budget line and a budget table: what the applicant wrote (description, factors, unit price, stated sum, an
// optional detail table, or a percentage of the lines above) as types and zod schemas with Norwegian messages.
//
// A line is one of three kinds:
// - item: factors × unit price (273 ansatte × 3 dialogkonferanser × 610 kr). With a detail table its amount is the
//   detail table's total and its own factors × unit price are only checked against it. Without factors it costs its
//   unit price; without factors and unit price it is a lump sum ("fast beløp"), and its stated sum is its amount.
// - percentage: `percent` % of a base (UH's "påslag 20 %"). The base is the item lines above it in the same table
//   (not other percentage lines, not subtotals), unless `baseLineIds` names the lines it applies to.
// - subtotal: a stated running total ("Totalt for tiltak"): all item and percentage lines above it. Shown and
//   checked, never counted in the table's total.
import { z } from 'zod';
import { zText } from '../shared/fields.ts';
import { decimalPlaces, equals, multiply, product, sum, decimalOf } from '../shared/exact-decimal.ts';
import { formatAmount, formatNumber, roundKroner, zOptionalKroner } from '../shared/money.ts';
import { msg } from '../shared/message-keys.ts';

export type TFactor = {
  value: number;
  /** What is counted: `ansatte`, `dialogkonferanser`, `dager`. */
  label: string | null;
  /** When the factor is a sum as written, e.g. (35 ansatte bhg + 15 PPT): value is then their sum. */
  terms: number[] | null;
};

export type TBudgetItemLine = {
  kind: 'item';
  id: string | null;
  description: string;
  factors: TFactor[];
  unitPrice: number | null;
  statedAmount: number | null;
  details: TBudgetTable | null;
};

export type TBudgetPercentageLine = {
  kind: 'percentage';
  id: string | null;
  description: string;
  percent: number;
  /** Ids of the lines of the same table the percentage applies to; null = the item lines above it. */
  baseLineIds: string[] | null;
  statedAmount: number | null;
};

export type TBudgetSubtotalLine = {
  kind: 'subtotal';
  id: string | null;
  description: string;
  statedAmount: number | null;
};

export type TBudgetLine = TBudgetItemLine | TBudgetPercentageLine | TBudgetSubtotalLine;

export type TBudgetTable = {
  title: string | null;
  lines: TBudgetLine[];
  /** The total the applicant wrote under the table ("Kostnad 2024-2025 1 121 060,-"). */
  statedTotal: number | null;
};

const MAX_DECIMALS = 6;
/** A line's description: a few words the tables and documents show on one line; the form stops typing here. */
export const MAX_LINE_DESCRIPTION = 500;
const DESCRIPTION = msg('shared.label.description');
const STATED_AMOUNT = msg('behovsmelding.label.statedAmount');
const PERCENT = msg('behovsmelding.label.percent');

const zNullableText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: msg('shared.tooLong', { label, max }) })
    .nullish()
    .transform((v) => (v ? v : null));

const zFactorNumber = (label: string) =>
  z
    .number({ error: msg('behovsmelding.notNumber', { label }) })
    .finite({ message: msg('behovsmelding.notNumber', { label }) })
    .min(0, { message: msg('behovsmelding.factorNegative', { label }) })
    .max(1_000_000_000, { message: msg('behovsmelding.factorTooLarge', { label }) })
    .refine((v) => decimalPlaces(v) <= MAX_DECIMALS, { message: msg('behovsmelding.tooManyDecimals', { label, max: MAX_DECIMALS }) });

export const ZFactor = z
  .object({
    value: zFactorNumber(msg('behovsmelding.label.factor')),
    label: zNullableText(msg('behovsmelding.label.whatIsCounted'), 100),
    terms: z.array(zFactorNumber(msg('behovsmelding.label.term'))).min(1, { message: msg('behovsmelding.addTerm') }).max(50).nullish().transform((v) => v ?? null),
  })
  .superRefine((factor, ctx) => {
    if (factor.terms && !equals(sum(factor.terms), decimalOf(factor.value))) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: msg('behovsmelding.factorNotSum', { value: formatNumber(factor.value), terms: formatTerms(factor.terms) }),
      });
    }
  });

const zLineId = z
  .string()
  .trim()
  .max(50, { message: msg('shared.tooLong', { label: msg('behovsmelding.label.lineId'), max: 50 }) })
  .nullish()
  .transform((v) => (v ? v : null));

const ZItemLine = z
  .object({
    kind: z.literal('item'),
    id: zLineId,
    description: zText(DESCRIPTION, MAX_LINE_DESCRIPTION),
    factors: z.array(ZFactor).max(10, { message: msg('behovsmelding.maxFactors', { max: 10 }) }).nullish().transform((v) => v ?? []),
    unitPrice: zOptionalKroner(msg('behovsmelding.label.unitPrice')),
    statedAmount: zOptionalKroner(STATED_AMOUNT),
    get details() {
      return z.lazy(() => ZBudgetTable).nullish().transform((v) => v ?? null);
    },
  })
  .superRefine((line, ctx) => {
    if (line.details || line.unitPrice !== null) return;
    if (line.factors.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['unitPrice'], message: msg('behovsmelding.unitPriceWithFactors') });
    } else if (line.statedAmount === null) {
      ctx.addIssue({ code: 'custom', path: ['statedAmount'], message: msg('shared.required', { label: msg('behovsmelding.label.amount') }) });
    }
  });

const ZPercentageLine = z.object({
  kind: z.literal('percentage'),
  id: zLineId,
  description: zText(DESCRIPTION, MAX_LINE_DESCRIPTION),
  percent: z
    .number({ error: msg('behovsmelding.notNumber', { label: PERCENT }) })
    .gt(0, { message: msg('behovsmelding.percentPositive') })
    .max(100, { message: msg('behovsmelding.percentMax') })
    .refine((v) => decimalPlaces(v) <= 2, { message: msg('behovsmelding.tooManyDecimals', { label: PERCENT, max: 2 }) }),
  baseLineIds: z.array(z.string().trim().min(1)).min(1, { message: msg('behovsmelding.chooseBaseLine') }).nullish().transform((v) => v ?? null),
  statedAmount: zOptionalKroner(STATED_AMOUNT),
});

const ZSubtotalLine = z.object({
  kind: z.literal('subtotal'),
  id: zLineId,
  description: zText(DESCRIPTION, MAX_LINE_DESCRIPTION),
  statedAmount: zOptionalKroner(STATED_AMOUNT),
});

export const ZBudgetLine: z.ZodType<TBudgetLine, unknown> = z.discriminatedUnion(
  'kind',
  [ZItemLine, ZPercentageLine, ZSubtotalLine],
  { error: msg('behovsmelding.chooseLineKind') },
);

export const ZBudgetTable: z.ZodType<TBudgetTable, unknown> = z
  .object({
    title: zNullableText(msg('behovsmelding.label.title'), 200),
    lines: z
      .array(ZBudgetLine, { error: msg('behovsmelding.budgetNoLines') })
      .min(1, { message: msg('behovsmelding.budgetMinLines') })
      .max(500, { message: msg('behovsmelding.budgetMaxLines', { max: 500 }) }),
    statedTotal: zOptionalKroner(msg('behovsmelding.label.statedTotal')),
  })
  .superRefine((table, ctx) => checkLineReferences(table.lines, ctx));

/** Ids are unique in a table; a percentage line applies to lines above it (so a table computes top to bottom). */
function checkLineReferences(lines: TBudgetLine[], ctx: z.RefinementCtx): void {
  const above = new Map<string, TBudgetLine['kind']>();
  lines.forEach((line, index) => {
    if (line.kind === 'percentage') {
      if (line.baseLineIds === null && !lines.slice(0, index).some((l) => l.kind === 'item')) {
        ctx.addIssue({ code: 'custom', path: ['lines', index], message: msg('behovsmelding.percentageAbove') });
      }
      for (const id of line.baseLineIds ?? []) {
        const kind = above.get(id);
        if (kind === undefined || kind === 'percentage') {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', index, 'baseLineIds'],
            message: msg('behovsmelding.percentageBase', { id }),
          });
        }
      }
    }
    if (line.id === null) return;
    if (above.has(line.id)) ctx.addIssue({ code: 'custom', path: ['lines', index, 'id'], message: msg('behovsmelding.lineIdUsed', { id: line.id }) });
    else above.set(line.id, line.kind);
  });
}

/** Own factors × unit price of an item line, rounded to whole kroner; null when it has no unit price. */
export function factorsTimesPrice(line: TBudgetItemLine): number | null {
  if (line.unitPrice === null) return null;
  return roundKroner(multiply(product(line.factors.map((f) => f.value)), decimalOf(line.unitPrice)));
}

function formatTerms(terms: number[]): string {
  return terms.map(formatNumber).join(' + ');
}

/** `273 × 3 × 610`, `(35 + 15) × 4 × 610`: the line's own arithmetic as the messages show it. */
export function formatFormula(line: TBudgetItemLine): string {
  const factors = line.factors.map((f) => (f.terms && f.terms.length > 1 ? `(${formatTerms(f.terms)})` : formatNumber(f.value)));
  return [...factors, ...(line.unitPrice === null ? [] : [formatAmount(line.unitPrice)])].join(' × ');
}
