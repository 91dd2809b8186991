// Computes a budget table (the owner's or the UH's, or a line's detail table) top to bottom: per line what the
// applicant stated, what the line computes, the difference, and the warnings; the table's total is the sum of its
// item and percentage lines (subtotals are shown, never counted).
//
// Rounding: every line is rounded to whole kroner where it is computed (factors × unit price, or the percentage of
// its base), and totals add those rounded amounts. That is how the applicants write their tables (each line in whole
// kroner, the total their sum), so a table adds up on paper exactly as it does here.
import { statedDiffersIssue, budgetIssue, joinPath, type TBudgetIssue } from './budget-issue.ts';
import { factorsTimesPrice, formatFormula, type TBudgetItemLine, type TBudgetLine, type TBudgetTable } from './budget-line.ts';
import { decimalOf, divideByPowerOfTen, multiply } from '../shared/exact-decimal.ts';
import { formatKrSuffix, roundKroner } from '../shared/money.ts';
import { msg } from '../shared/message-keys.ts';

export type TLineResult = {
  kind: TBudgetLine['kind'];
  description: string;
  /** Field path of the line, e.g. `parts.0.ownerBudget.lines.0`. */
  path: string;
  stated: number | null;
  computed: number;
  /** stated − computed; null when the applicant stated nothing. */
  difference: number | null;
  /** Item line with a detail table: its own factors × unit price, checked against the detail total (else null). */
  factorsTimesPrice: number | null;
  /** Percentage line: the amount the percentage is taken of (else null). */
  base: number | null;
  details: TBudgetTableResult | null;
  /** The warnings at this line (its detail lines' warnings are in `details`). */
  issues: TBudgetIssue[];
};

export type TBudgetTableResult = {
  path: string;
  lines: TLineResult[];
  total: number;
  statedTotal: number | null;
  /** statedTotal − total; null when no total was stated. */
  totalDifference: number | null;
  /** Every warning of the table, its detail tables included, top to bottom. */
  issues: TBudgetIssue[];
};

export function computeBudgetTable(table: TBudgetTable, path = ''): TBudgetTableResult {
  const lines: TLineResult[] = [];
  const byId = new Map<string, TLineResult>();
  const counted = (r: TLineResult) => r.kind !== 'subtotal';

  table.lines.forEach((line, index) => {
    const linePath = joinPath(path, 'lines', index);
    let result: TLineResult;
    if (line.kind === 'item') {
      result = computeItemLine(line, linePath);
    } else if (line.kind === 'percentage') {
      const baseLines = line.baseLineIds === null ? lines.filter((r) => r.kind === 'item') : line.baseLineIds.map((id) => lineById(byId, id));
      const base = sumOf(baseLines.map((r) => r.computed));
      const computed = roundKroner(divideByPowerOfTen(multiply(decimalOf(base), decimalOf(line.percent)), 2));
      result = lineResult(line, linePath, computed, { base });
    } else {
      result = lineResult(line, linePath, sumOf(lines.filter(counted).map((r) => r.computed)));
    }
    lines.push(result);
    if (line.id !== null) byId.set(line.id, result);
  });

  const total = sumOf(lines.filter(counted).map((r) => r.computed));
  const totalIssues = table.statedTotal !== null && table.statedTotal !== total ? [statedDiffersIssue(joinPath(path, 'statedTotal'), table.statedTotal, total)] : [];
  return {
    path,
    lines,
    total,
    statedTotal: table.statedTotal,
    totalDifference: table.statedTotal === null ? null : table.statedTotal - total,
    issues: [...lines.flatMap((r) => [...r.issues, ...(r.details?.issues ?? [])]), ...totalIssues],
  };
}

function computeItemLine(line: TBudgetItemLine, linePath: string): TLineResult {
  const own = factorsTimesPrice(line);
  if (line.details === null) {
    // Without factors and unit price the line is a lump sum: what the applicant wrote is its amount.
    return lineResult(line, linePath, own ?? line.statedAmount ?? 0);
  }
  const details = computeBudgetTable(line.details, joinPath(linePath, 'details'));
  const checked = line.factors.length > 0 ? own : null;
  const mismatch =
    checked !== null && checked !== details.total
      ? [
          budgetIssue(
            'FACTORS_DIFFER_FROM_DETAILS',
            joinPath(linePath, 'factors'),
            msg('behovsmelding.factorsDifferFromDetails', { formula: formatFormula(line), computed: formatKrSuffix(checked), details: formatKrSuffix(details.total) }),
            checked - details.total,
          ),
        ]
      : [];
  return lineResult(line, linePath, details.total, { details, factorsTimesPrice: checked, extraIssues: mismatch });
}

function lineResult(
  line: TBudgetLine,
  path: string,
  computed: number,
  more: { base?: number; details?: TBudgetTableResult; factorsTimesPrice?: number | null; extraIssues?: TBudgetIssue[] } = {},
): TLineResult {
  const stated = line.statedAmount;
  const differs = stated !== null && stated !== computed;
  return {
    kind: line.kind,
    description: line.description,
    path,
    stated,
    computed,
    difference: stated === null ? null : stated - computed,
    factorsTimesPrice: more.factorsTimesPrice ?? null,
    base: more.base ?? null,
    details: more.details ?? null,
    issues: [...(more.extraIssues ?? []), ...(differs ? [statedDiffersIssue(joinPath(path, 'statedAmount'), stated, computed)] : [])],
  };
}

function lineById(byId: Map<string, TLineResult>, id: string): TLineResult {
  const found = byId.get(id);
  // ZBudgetTable refuses references to unknown lines or lines below; reaching this means unparsed input.
  if (!found) throw new Error(`Budget line "${id}" is not above the percentage line that refers to it`);
  return found;
}

const sumOf = (amounts: number[]) => amounts.reduce((a, b) => a + b, 0);
