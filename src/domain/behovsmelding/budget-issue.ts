// What the budget checks report: an issue at a field, either a warning (the office decides) or an error (blocks
// submitting), with a message (a message token, ADR 019) and, for differences in money, the difference in kroner.
import { formatKrSuffix } from '../shared/money.ts';
import { msg } from '../shared/message-keys.ts';

export type TBudgetIssueSeverity = 'error' | 'warning';

export const BUDGET_ISSUE_CODES = {
  /** The applicant's stated sum differs from what the line (or table, or section 6 total) computes. */
  STATED_DIFFERS: 'warning',
  /** A line's own factors × unit price differ from the total of its detail table (the detail table counts). */
  FACTORS_DIFFER_FROM_DETAILS: 'warning',
  /** Section 6 differs from the budget table, within the tolerance of 1 kr per 1 000 kr. */
  SECTION6_DIFFERS_FROM_BUDGET: 'warning',
  /** Section 6 differs from the budget table by more than 1 kr per 1 000 kr. */
  SECTION6_DISAGREES_WITH_BUDGET: 'error',
  /** The shares kartlegging / planlegging / gjennomføring of a year do not sum to 100 %. */
  SHARES_NOT_100: 'error',
  /** A required field is empty or invalid (also zod's findings, see validate-budget.ts). */
  REQUIRED: 'error',
  INVALID: 'error',
  /** A coordinator amount without the justification 6.8.1 asks for. */
  COORDINATOR_WITHOUT_JUSTIFICATION: 'error',
  /** A per-municipality breakdown that does not sum to the part's total. */
  BREAKDOWN_MISMATCH: 'error',
} as const satisfies Record<string, TBudgetIssueSeverity>;

export type TBudgetIssueCode = keyof typeof BUDGET_ISSUE_CODES;

export type TBudgetIssue = {
  severity: TBudgetIssueSeverity;
  code: TBudgetIssueCode;
  /** Field path from the application root, e.g. `parts.0.ownerBudget.lines.3.statedAmount`. */
  path: string;
  /** A message token (msg()): rendered where it is read (the browser's UI language, Bokmål in documents). */
  message: string;
  /**
   * For differences in money, in kroner: what the applicant wrote minus what it is checked against (stated − computed,
   * section 6 − budget table, the line's own factors × unit price − its detail total).
   */
  differenceKr?: number;
};

/** Severity follows from the code, so a code cannot be reported with the wrong severity. */
export function budgetIssue(code: TBudgetIssueCode, path: string, message: string, differenceKr?: number): TBudgetIssue {
  const issue: TBudgetIssue = { severity: BUDGET_ISSUE_CODES[code], code, path, message };
  return differenceKr === undefined ? issue : { ...issue, differenceKr };
}

/** `Oppgitt sum 145 767 kr avviker fra beregnet 145 766 kr (1 kr)` */
export function statedDiffersIssue(path: string, stated: number, computed: number): TBudgetIssue {
  const difference = stated - computed;
  return budgetIssue(
    'STATED_DIFFERS',
    path,
    msg('behovsmelding.statedDiffers', { stated: formatKrSuffix(stated), computed: formatKrSuffix(computed), difference: formatKrSuffix(Math.abs(difference)) }),
    difference,
  );
}

/** The codes whose message already says the difference ("… avviker fra … med 12 kr"). */
const MESSAGE_NAMES_DIFFERENCE: ReadonlySet<string> = new Set<TBudgetIssueCode>(['STATED_DIFFERS', 'SECTION6_DIFFERS_FROM_BUDGET', 'SECTION6_DISAGREES_WITH_BUDGET']);

/**
 * The difference to show beside an issue's message, in kroner and without a sign (the message says which side is
 * larger), or null when there is none or the message states it already: shown twice, once signed, the two read as
 * disagreeing ("avviker … (1 kr)" and "(avvik kr −1)").
 */
export function differenceToShow(issue: { code: string; differenceKr?: number | null | undefined }): number | null {
  if (issue.differenceKr === undefined || issue.differenceKr === null || issue.differenceKr === 0 || MESSAGE_NAMES_DIFFERENCE.has(issue.code)) return null;
  return Math.abs(issue.differenceKr);
}

export function joinPath(base: string, ...segments: (string | number)[]): string {
  return [base, ...segments].filter((s) => s !== '').join('.');
}

export const errorsOf = <I extends TBudgetIssue>(issues: readonly I[]): I[] => issues.filter((i) => i.severity === 'error');
export const warningsOf = <I extends TBudgetIssue>(issues: readonly I[]): I[] => issues.filter((i) => i.severity === 'warning');
export const hasErrors = (issues: readonly TBudgetIssue[]) => issues.some((i) => i.severity === 'error');
