// The budget rules of issue 4, point 4: structural faults are errors that block submitting (shares of a year not
// summing to 100 %, a coordinator amount without justification, a breakdown not summing to its total, section 6
// disagreeing with the budget tables by more than 1 kr per 1 000); differences between what the applicant stated and
// what the lines compute are warnings (see budget-table.ts), for the office to judge.
import { budgetIssue, joinPath, statedDiffersIssue, type TBudgetIssue } from './budget-issue.ts';
import { equals, sum, decimalOf } from '../shared/exact-decimal.ts';
import { SHARE_KEYS, type TGrantUse, type TGrantYear } from './grant-use.ts';
import { formatKrSuffix, formatNumber } from '../shared/money.ts';
import { msg } from '../shared/message-keys.ts';
import { computeApplicationTotals, type TApplicationBudget, type TApplicationPart, type TApplicationTotals, type TPartResult } from './parts.ts';
import { UNIT_COUNT_KEYS, UNIT_COUNT_MESSAGE_LABELS, type TUnitCounts } from './unit-counts.ts';

/**
 * How far section 6 may differ from a budget table: 1 kr per whole 1 000 kr of the table's total, and at least
 * 1 kr, so one krone of rounding is always accepted: allowed = max(1, floor(|budget| / 1000)).
 * A difference d (whole kroner) is an error when |d| > allowed. Because d is whole, |d| > floor(b/1000) is the same
 * as |d| > b/1000: for a budget of 145 766 kr, 145 kr is accepted and 146 kr is not.
 */
export function section6ToleranceKr(budgetKr: number): number {
  return Math.max(1, Math.floor(Math.abs(budgetKr) / 1000));
}

const percent = (v: number) => `${formatNumber(v)}\u00a0%`;

/** 6.5–6.7: the three shares of a year sum to exactly 100 %. */
export function checkShares(year: TGrantYear, yearPath: string): TBudgetIssue[] {
  const values = SHARE_KEYS.map((k) => year.shares[k]);
  if (equals(sum(values), decimalOf(100))) return [];
  const total = values.reduce((a, b) => a + b, 0);
  // One parameter per share (a parameter is text or one whole message token, never text around tokens).
  const shares = Object.fromEntries(SHARE_KEYS.map((k) => [k, percent(year.shares[k])]));
  return [
    budgetIssue(
      'SHARES_NOT_100',
      joinPath(yearPath, 'shares'),
      msg('behovsmelding.sharesNot100', { year: year.year, total: percent(Number(total.toFixed(2))), ...shares }),
    ),
  ];
}

/** 6.8 / 6.8.1: money for a coordinator must come with the justification, for owner and for UH alike. */
export function checkCoordinator(grantUse: TGrantUse, grantUsePath: string): TBudgetIssue[] {
  const parties = [
    { key: 'owner', message: 'behovsmelding.coordinatorOwnerWithoutJustification', amount: (y: TGrantYear) => y.coordinatorOwnerKr },
    { key: 'uh', message: 'behovsmelding.coordinatorUhWithoutJustification', amount: (y: TGrantYear) => y.coordinatorUhKr },
  ] as const;
  return parties.flatMap(({ key, message, amount }) => {
    const year = grantUse.years.find((y) => (amount(y) ?? 0) > 0);
    if (!year || grantUse.coordinatorJustification[key] !== null) return [];
    return [
      budgetIssue(
        'COORDINATOR_WITHOUT_JUSTIFICATION',
        joinPath(grantUsePath, 'coordinatorJustification', key),
        msg(message, { amount: formatKrSuffix(amount(year) ?? 0), year: year.year }),
      ),
    ];
  });
}

/** Section 5: a per-municipality breakdown, when given, sums to the part's total. */
export function checkBreakdowns(counts: TUnitCounts, countsPath: string): TBudgetIssue[] {
  return UNIT_COUNT_KEYS.flatMap((key) => {
    const count = counts[key];
    if (!count || count.byMunicipality.length === 0) return [];
    const breakdown = count.byMunicipality.reduce((s, m) => s + m.count, 0);
    if (breakdown === count.total) return [];
    return [
      budgetIssue(
        'BREAKDOWN_MISMATCH',
        joinPath(countsPath, key, 'total'),
        msg('behovsmelding.breakdownMismatch', { breakdown, total: count.total, units: UNIT_COUNT_MESSAGE_LABELS[key] }),
      ),
    ];
  });
}

/** The "Total sum det søkes om" of a year against 6.3 + 6.4 (a warning, like every stated sum). */
export function checkYearTotal(year: TGrantYear, yearPath: string): TBudgetIssue[] {
  if (year.statedTotalKr === null) return [];
  const computed = (year.ownerKr ?? 0) + (year.uhKr ?? 0);
  return year.statedTotalKr === computed ? [] : [statedDiffersIssue(joinPath(yearPath, 'statedTotalKr'), year.statedTotalKr, computed)];
}

/**
 * Section 6 against the budget tables, for the year the tables are for (later years are plans, budgeted in their
 * own behovsmelding). More than the tolerance apart is an error; a smaller difference is a warning.
 */
export function checkSection6AgainstBudget(grantUse: TGrantUse, part: TApplicationPart, result: TPartResult, grantUsePath: string): TBudgetIssue[] {
  const tables = [
    { field: 'ownerKr', required: 'behovsmelding.section6OwnerRequired', differs: 'behovsmelding.section6OwnerDiffers', table: result.owner },
    { field: 'uhKr', required: 'behovsmelding.section6UhRequired', differs: 'behovsmelding.section6UhDiffers', table: result.uh },
  ] as const;
  const yearIndex = grantUse.years.findIndex((y) => y.year === part.budgetYear);
  const year = grantUse.years[yearIndex];
  if (!year) {
    const budgeted = tables.some((t) => (t.table?.total ?? 0) > 0);
    return budgeted
      ? [budgetIssue('REQUIRED', joinPath(grantUsePath, 'years'), msg('behovsmelding.section6MissingYear', { year: part.budgetYear }))]
      : [];
  }
  const yearPath = joinPath(grantUsePath, 'years', yearIndex);
  return tables.flatMap(({ field, required, differs, table }) => {
    const budget = table?.total ?? 0;
    const asked = year[field];
    const path = joinPath(yearPath, field);
    if (asked === null) {
      return budget > 0
        ? [budgetIssue('REQUIRED', path, msg(required, { year: year.year, budget: formatKrSuffix(budget) }))]
        : [];
    }
    const difference = asked - budget;
    if (difference === 0) return [];
    const allowed = section6ToleranceKr(budget);
    const head = msg(differs, { year: year.year, asked: formatKrSuffix(asked), budget: formatKrSuffix(budget), difference: formatKrSuffix(Math.abs(difference)) });
    return Math.abs(difference) > allowed
      ? [budgetIssue('SECTION6_DISAGREES_WITH_BUDGET', path, msg('behovsmelding.section6BeyondTolerance', { head, allowed: formatKrSuffix(allowed) }), difference)]
      : [budgetIssue('SECTION6_DIFFERS_FROM_BUDGET', path, head, difference)];
  });
}

export function checkPart(part: TApplicationPart, result: TPartResult): TBudgetIssue[] {
  const base = result.path;
  const issues = [...(result.owner?.issues ?? []), ...(result.uh?.issues ?? [])];
  if (part.grantUse) {
    const grantUsePath = joinPath(base, 'grantUse');
    part.grantUse.years.forEach((year, i) => {
      const yearPath = joinPath(grantUsePath, 'years', i);
      issues.push(...checkShares(year, yearPath), ...checkYearTotal(year, yearPath));
    });
    issues.push(...checkCoordinator(part.grantUse, grantUsePath));
    issues.push(...checkSection6AgainstBudget(part.grantUse, part, result, grantUsePath));
  }
  issues.push(...checkBreakdowns(part.unitCounts, joinPath(base, 'unitCounts')));
  return issues;
}

/** Every budget issue of an application (errors and warnings), with the totals they were computed from. */
export function checkApplicationBudget(application: TApplicationBudget): { totals: TApplicationTotals; issues: TBudgetIssue[] } {
  const totals = computeApplicationTotals(application);
  const issues = application.parts.flatMap((part, i) => {
    const result = totals.parts[i];
    return result ? checkPart(part, result) : [];
  });
  return { totals, issues };
}
