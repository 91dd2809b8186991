// Issue messages are message tokens (ADR 019). These render every message of a validation, or of the totals' budget
// tables, with one function: the UI language in the browser (useMessage), Bokmål in a frozen snapshot (renderNb), so
// a submission's record reads the same whatever becomes of the catalogs.
import type { TBudgetIssue } from './budget-issue.ts';
import type { TBudgetTableResult } from './budget-table.ts';
import type { TApplicationTotals } from './parts.ts';
import type { TApplicationValidation } from './validate-application.ts';

export type TRender = (text: string) => string;

export function renderIssues<I extends TBudgetIssue>(issues: readonly I[], render: TRender): I[] {
  return issues.map((i) => ({ ...i, message: render(i.message) }));
}

function renderTable(table: TBudgetTableResult | null, render: TRender): TBudgetTableResult | null {
  if (!table) return null;
  return {
    ...table,
    issues: renderIssues(table.issues, render),
    lines: table.lines.map((l) => ({ ...l, issues: renderIssues(l.issues, render), details: renderTable(l.details, render) })),
  };
}

export function renderTotals(totals: TApplicationTotals | null, render: TRender): TApplicationTotals | null {
  if (!totals) return null;
  return { ...totals, parts: totals.parts.map((p) => ({ ...p, owner: renderTable(p.owner, render), uh: renderTable(p.uh, render) })) };
}

export function renderValidation(validation: TApplicationValidation, render: TRender): TApplicationValidation {
  return { ...validation, issues: renderIssues(validation.issues, render), totals: renderTotals(validation.totals, render) };
}
