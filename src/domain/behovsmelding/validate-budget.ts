// One entry point for the budget of a behovsmelding: parse the input with the zod schemas (a missing or invalid
// field becomes an error at its path) and, when it parses, compute the totals and run every budget check.
import type { z } from 'zod';
import { messageKey } from '../shared/message.ts';
import type { TBudgetIssue } from './budget-issue.ts';
import { checkApplicationBudget } from './budget-checks.ts';
import { ZApplicationBudget, type TApplicationBudget, type TApplicationTotals } from './parts.ts';

export type TBudgetValidation =
  | { ok: true; application: TApplicationBudget; totals: TApplicationTotals; issues: TBudgetIssue[]; canSubmit: boolean }
  | { ok: false; issues: TBudgetIssue[]; canSubmit: false };

export function validateApplicationBudget(input: unknown): TBudgetValidation {
  const parsed = ZApplicationBudget.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssuesToBudgetIssues(parsed.error), canSubmit: false };
  const { totals, issues } = checkApplicationBudget(parsed.data);
  return { ok: true, application: parsed.data, totals, issues, canSubmit: !issues.some((i) => i.severity === 'error') };
}

/**
 * zod's findings as budget errors. A message saying a field is empty (EMPTY_FIELD_KEY below) or an empty list that
 * needs an entry is how an empty field (code REQUIRED) is told from an invalid one (code INVALID); the message stays a
 * token.
 */
export function zodIssuesToBudgetIssues(error: z.ZodError, basePath = ''): TBudgetIssue[] {
  return error.issues.map((issue) => ({
    severity: 'error' as const,
    code: saysEmpty(issue.message) || isEmptyList(issue) ? ('REQUIRED' as const) : ('INVALID' as const),
    path: [basePath, ...issue.path.map(String)].filter((s) => s !== '').join('.') || '_',
    message: issue.message,
  }));
}

/** A message saying that a field is empty ("… må fylles ut"): `shared.required`, `shared.orgnrRequired`,
 * `behovsmelding.share.required` and the like. Told by the key, not by the Bokmål text, so that the browser, which
 * runs this too, needs no message catalog for it (ADR 025 addendum); validate-budget.test.ts holds the keys the
 * budget's schemas use to their texts. */
export const EMPTY_FIELD_KEY = /(^|\.)required$|Required$/;
const saysEmpty = (message: string) => EMPTY_FIELD_KEY.test(messageKey(message) ?? '');

/** A list that needs at least one entry and has none ("Fyll ut minst ett år") is as unfilled as an empty field: not
 * yet an error in what was written, so a section nobody has touched is not marked "Har feil". */
function isEmptyList(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'too_small' && issue.origin === 'array' && Number(issue.minimum) === 1;
}
