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

const zNullableText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} kan ikke være lengre enn ${max} tegn` })
    .nullish()
    .transform((v) => (v ? v : null));

const zFactorNumber = (label: string) =>
  z
    .number({ error: `${label} må være et tall` })
    .finite({ message: `${label} må være et tall` })
    .min(0, { message: `${label} kan ikke være negativ` })
    .max(1_000_000_000, { message: `${label} er for stor` })
    .refine((v) => decimalPlaces(v) <= MAX_DECIMALS, { message: `${label} kan ha høyst ${MAX_DECIMALS} desimaler` });

export const ZFactor = z
  .object({
    value: zFactorNumber('Faktoren'),
    label: zNullableText('Hva som telles', 100),
    terms: z.array(zFactorNumber('Leddet')).min(1, { message: 'Legg til minst ett ledd' }).max(50).nullish().transform((v) => v ?? null),
  })
  .superRefine((factor, ctx) => {
    if (factor.terms && !equals(sum(factor.terms), decimalOf(factor.value))) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `Faktoren ${formatNumber(factor.value)} er ikke summen av leddene (${formatTerms(factor.terms)})`,
      });
    }
  });

const zLineId = z
  .string()
  .trim()
  .max(50, { message: 'Linje-id kan ikke være lengre enn 50 tegn' })
  .nullish()
  .transform((v) => (v ? v : null));

const ZItemLine = z
  .object({
    kind: z.literal('item'),
    id: zLineId,
    description: zText('Beskrivelse', 500),
    factors: z.array(ZFactor).max(10, { message: 'En linje kan ha høyst 10 faktorer' }).nullish().transform((v) => v ?? []),
    unitPrice: zOptionalKroner('Enhetspris'),
    statedAmount: zOptionalKroner('Oppgitt sum'),
    get details() {
      return z.lazy(() => ZBudgetTable).nullish().transform((v) => v ?? null);
    },
  })
  .superRefine((line, ctx) => {
    if (line.details || line.unitPrice !== null) return;
    if (line.factors.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['unitPrice'], message: 'Enhetspris må fylles ut når linjen har faktorer' });
    } else if (line.statedAmount === null) {
      ctx.addIssue({ code: 'custom', path: ['statedAmount'], message: 'Beløp må fylles ut' });
    }
  });

const ZPercentageLine = z.object({
  kind: z.literal('percentage'),
  id: zLineId,
  description: zText('Beskrivelse', 500),
  percent: z
    .number({ error: 'Prosentsatsen må være et tall' })
    .gt(0, { message: 'Prosentsatsen må være større enn 0' })
    .max(100, { message: 'Prosentsatsen kan ikke være over 100' })
    .refine((v) => decimalPlaces(v) <= 2, { message: 'Prosentsatsen kan ha høyst 2 desimaler' }),
  baseLineIds: z.array(z.string().trim().min(1)).min(1, { message: 'Velg minst én linje påslaget gjelder' }).nullish().transform((v) => v ?? null),
  statedAmount: zOptionalKroner('Oppgitt sum'),
});

const ZSubtotalLine = z.object({
  kind: z.literal('subtotal'),
  id: zLineId,
  description: zText('Beskrivelse', 500),
  statedAmount: zOptionalKroner('Oppgitt sum'),
});

export const ZBudgetLine: z.ZodType<TBudgetLine, unknown> = z.discriminatedUnion(
  'kind',
  [ZItemLine, ZPercentageLine, ZSubtotalLine],
  { error: 'Velg type linje' },
);

export const ZBudgetTable: z.ZodType<TBudgetTable, unknown> = z
  .object({
    title: zNullableText('Tittel', 200),
    lines: z
      .array(ZBudgetLine, { error: 'Budsjettet må ha linjer' })
      .min(1, { message: 'Budsjettet må ha minst én linje' })
      .max(500, { message: 'Budsjettet kan ha høyst 500 linjer' }),
    statedTotal: zOptionalKroner('Oppgitt totalsum'),
  })
  .superRefine((table, ctx) => checkLineReferences(table.lines, ctx));

/** Ids are unique in a table; a percentage line applies to lines above it (so a table computes top to bottom). */
function checkLineReferences(lines: TBudgetLine[], ctx: z.RefinementCtx): void {
  const above = new Map<string, TBudgetLine['kind']>();
  lines.forEach((line, index) => {
    if (line.kind === 'percentage') {
      if (line.baseLineIds === null && !lines.slice(0, index).some((l) => l.kind === 'item')) {
        ctx.addIssue({ code: 'custom', path: ['lines', index], message: 'Påslaget må stå under linjene det beregnes av' });
      }
      for (const id of line.baseLineIds ?? []) {
        const kind = above.get(id);
        if (kind === undefined || kind === 'percentage') {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', index, 'baseLineIds'],
            message: `Påslaget kan bare gjelde kostnadslinjer eller delsummer over det («${id}»)`,
          });
        }
      }
    }
    if (line.id === null) return;
    if (above.has(line.id)) ctx.addIssue({ code: 'custom', path: ['lines', index, 'id'], message: `Linje-id «${line.id}» er brukt før i tabellen` });
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
