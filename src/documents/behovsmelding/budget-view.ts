// One budget table as the documents show it: what the applicant wrote (factors, unit price, percentage; kept in the
// saved field) side by side with what the snapshot's totals computed for the same line (stated, computed,
// difference, warnings; kept in `totals`). Lines are matched by position: the totals were computed from the same
// field, line by line, in order.
import { joinPath, type TBudgetIssue } from '../../domain/behovsmelding/budget-issue.ts';
import type { TBudgetLine } from '../../domain/behovsmelding/budget-line.ts';
import type { TBudgetTableResult, TLineResult } from '../../domain/behovsmelding/budget-table.ts';
import { numberOf, rowsOf, textOf } from './snapshot-values.ts';

export type TFactorView = { value: number | null; label: string | null; terms: number[] | null };

export type TBudgetLineView = {
  kind: TBudgetLine['kind'];
  description: string;
  factors: TFactorView[];
  unitPrice: number | null;
  percent: number | null;
  /** Percentage line: the ids of the lines it applies to; null = the item lines above it. */
  baseLineIds: string[] | null;
  stated: number | null;
  /** Null only when the snapshot has no totals (a budget that did not parse). */
  computed: number | null;
  difference: number | null;
  /** Item line with a detail table: its own factors × unit price, checked against the detail total. */
  factorsTimesPrice: number | null;
  /** Percentage line: the amount the percentage is taken of. */
  base: number | null;
  details: TBudgetTableView | null;
  /** Warnings at this line (a detail table's own warnings are in `details`). */
  issues: TBudgetIssue[];
};

export type TBudgetTableView = {
  title: string | null;
  lines: TBudgetLineView[];
  stated: number | null;
  computed: number | null;
  difference: number | null;
  /** The warning about the table's stated total, if any. */
  totalIssues: TBudgetIssue[];
};

type TDraftLine = {
  kind?: unknown;
  description?: unknown;
  factors?: unknown;
  unitPrice?: unknown;
  statedAmount?: unknown;
  percent?: unknown;
  baseLineIds?: unknown;
  details?: unknown;
};

const KINDS: readonly TBudgetLine['kind'][] = ['item', 'percentage', 'subtotal'];

export function budgetTableView(raw: unknown, result: TBudgetTableResult | null): TBudgetTableView | null {
  const table = typeof raw === 'object' && raw !== null ? (raw as { title?: unknown; lines?: unknown; statedTotal?: unknown }) : null;
  if (!table && !result) return null;
  const rawLines = rowsOf<TDraftLine>(table?.lines);
  const count = Math.max(rawLines.length, result?.lines.length ?? 0);
  const lines = Array.from({ length: count }, (_, i) => lineView(rawLines[i] ?? {}, result?.lines[i] ?? null));
  const totalPath = result ? joinPath(result.path, 'statedTotal') : null;
  return {
    title: textOf(table?.title),
    lines,
    stated: result ? result.statedTotal : numberOf(table?.statedTotal),
    computed: result ? result.total : null,
    difference: result ? result.totalDifference : null,
    totalIssues: result ? result.issues.filter((i) => i.path === totalPath) : [],
  };
}

function lineView(raw: TDraftLine, result: TLineResult | null): TBudgetLineView {
  const kind = result?.kind ?? (KINDS.find((k) => k === raw.kind) ?? 'item');
  return {
    kind,
    description: result?.description ?? textOf(raw.description) ?? '',
    factors: kind === 'item' ? rowsOf<{ value?: unknown; label?: unknown; terms?: unknown }>(raw.factors).map(factorView) : [],
    unitPrice: kind === 'item' ? numberOf(raw.unitPrice) : null,
    percent: kind === 'percentage' ? numberOf(raw.percent) : null,
    baseLineIds: kind === 'percentage' && Array.isArray(raw.baseLineIds) ? raw.baseLineIds.filter((id): id is string => typeof id === 'string') : null,
    stated: result ? result.stated : numberOf(raw.statedAmount),
    computed: result?.computed ?? null,
    difference: result?.difference ?? null,
    factorsTimesPrice: result?.factorsTimesPrice ?? null,
    base: result?.base ?? null,
    details: kind === 'item' && (raw.details || result?.details) ? budgetTableView(raw.details, result?.details ?? null) : null,
    issues: result?.issues ?? [],
  };
}

function factorView(raw: { value?: unknown; label?: unknown; terms?: unknown }): TFactorView {
  const terms = Array.isArray(raw.terms) ? raw.terms.filter((t): t is number => typeof t === 'number') : null;
  return { value: numberOf(raw.value), label: textOf(raw.label), terms: terms && terms.length > 0 ? terms : null };
}
