// Computes a budget table while it is being typed: each complete line as budget-table.ts computes it (the same
// rounding and warnings as validation), while a half-typed line (a factor without a value, a percentage without a
// rate) is left out with `computed: null` instead of stopping the whole table, as the strict schema would.
import type { TBudgetLine, TBudgetTable, TFactor } from '../../../../domain/behovsmelding/budget-line.ts';
import { computeBudgetTable, type TBudgetTableResult, type TLineResult } from '../../../../domain/behovsmelding/budget-table.ts';
import type { TBudgetIssue } from '../../../../domain/behovsmelding/budget-issue.ts';
import { decimalPlaces } from '../../../../domain/shared/exact-decimal.ts';
import { MAX_KRONER } from '../../../../domain/shared/money.ts';
import type { DraftFactor, DraftLine, DraftTable } from './draft-types.ts';

export type LineView = Omit<TLineResult, 'computed' | 'details'> & { computed: number | null; details: TableView | null };
export type TableView = Omit<TBudgetTableResult, 'lines'> & { lines: LineView[]; incompleteLines: number };

const kroner = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_KRONER ? v : null;

const factorValue = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1_000_000_000 && decimalPlaces(v) <= 6 ? v : null;

function strictFactor(f: DraftFactor): TFactor | null {
  const value = factorValue(f.value);
  return value === null ? null : { value, label: f.label?.trim() || null, terms: null };
}

type Strict = { line: TBudgetLine; complete: boolean; details: TableView | null };

const placeholder = (): TBudgetLine => ({ kind: 'subtotal', id: null, description: '–', statedAmount: null });

function strictLine(d: DraftLine, path: string, above: Map<string, TBudgetLine['kind']>): Strict {
  const description = d.description?.trim() || '–';
  const id = d.id?.trim() && !above.has(d.id.trim()) ? d.id.trim() : null;
  const statedAmount = kroner(d.statedAmount);
  if (d.kind === 'subtotal') return { line: { kind: 'subtotal', id, description, statedAmount }, complete: true, details: null };
  if (d.kind === 'percentage') {
    const percent = typeof d.percent === 'number' && d.percent > 0 && d.percent <= 100 && decimalPlaces(d.percent) <= 2 ? d.percent : null;
    const ids = d.baseLineIds && d.baseLineIds.length > 0 ? d.baseLineIds : null;
    const refsOk = !ids || ids.every((x) => above.has(x) && above.get(x) !== 'percentage');
    if (percent === null || !refsOk) return { line: placeholder(), complete: false, details: null };
    return { line: { kind: 'percentage', id, description, percent, baseLineIds: ids, statedAmount }, complete: true, details: null };
  }
  const factors = (d.factors ?? []).map(strictFactor);
  const unitPrice = kroner(d.unitPrice);
  const details = d.details && d.details.lines.length > 0 ? computeDraftTable(d.details, `${path}.details`) : null;
  const detailsTable = details ? toStrictTable(d.details!) : null;
  const factorsOk = factors.every((f): f is TFactor => f !== null);
  const complete = detailsTable !== null || (factorsOk && (factors.length === 0 ? unitPrice !== null || statedAmount !== null : unitPrice !== null));
  if (!complete) return { line: placeholder(), complete: false, details };
  return {
    line: { kind: 'item', id, description, factors: factorsOk ? factors : [], unitPrice, statedAmount, details: detailsTable },
    complete: true,
    details,
  };
}

function strictLines(table: DraftTable, path: string): Strict[] {
  const above = new Map<string, TBudgetLine['kind']>();
  return table.lines.map((d, i) => {
    const s = strictLine(d, `${path}.lines.${i}`, above);
    if (s.complete && s.line.id) above.set(s.line.id, s.line.kind);
    return s;
  });
}

function toStrictTable(table: DraftTable): TBudgetTable {
  return { title: table.title ?? null, lines: strictLines(table, '').map((s) => s.line), statedTotal: kroner(table.statedTotal) };
}

/** The table as far as it computes; null for a table without lines. */
export function computeDraftTable(table: DraftTable, path: string): TableView | null {
  if (table.lines.length === 0) return null;
  const strict = strictLines(table, path);
  let result: TBudgetTableResult;
  try {
    result = computeBudgetTable({ title: table.title ?? null, lines: strict.map((s) => s.line), statedTotal: kroner(table.statedTotal) }, path);
  } catch {
    return null; // a reference the checks above did not foresee: show no sums rather than wrong ones
  }
  const lines: LineView[] = result.lines.map((r, i) => {
    const s = strict[i]!;
    if (!s.complete) return { ...r, kind: table.lines[i]!.kind, computed: null, stated: kroner(table.lines[i]!.statedAmount), difference: null, issues: [], details: s.details };
    return { ...r, details: s.details ?? null };
  });
  const issues: TBudgetIssue[] = [...lines.flatMap((l) => [...l.issues, ...(l.details?.issues ?? [])]), ...result.issues.filter((i) => i.path === `${path}.statedTotal`)];
  return { ...result, lines, issues, incompleteLines: strict.filter((s) => !s.complete).length };
}
