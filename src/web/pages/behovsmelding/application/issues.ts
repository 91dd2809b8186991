// Which validation issues an input or a group shows. Inputs show the issues at their own path; a group shows the
// rest of its field's issues (those at paths no input of it shows). "Må fylles ut" on a field the user has not
// touched yet is held back at the field (the step list and the summary still count it), so a fresh form is not red.
import type { TApplicationIssue } from '../../../../domain/behovsmelding/validate-application.ts';

export type Issue = Pick<TApplicationIssue, 'path' | 'message' | 'severity' | 'code'> & { differenceKr?: number; fieldKey?: string };

export const issuesAt = <I extends Issue>(issues: readonly I[], path: string): I[] => issues.filter((i) => i.path === path);

export const issuesUnder = <I extends Issue>(issues: readonly I[], prefix: string): I[] =>
  issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`));

/** The issues under `prefix` that none of `shown` (paths with an input of their own, or prefixes ending in `.`) shows. */
export function remainingIssues<I extends Issue>(issues: readonly I[], prefix: string, shown: readonly string[]): I[] {
  return issuesUnder(issues, prefix).filter((i) => !shown.some((s) => (s.endsWith('.') ? i.path.startsWith(s) : i.path === s)));
}

/** Held back: "required" errors until the user has touched the field (or came to fix it). */
export const visible = <I extends Issue>(issues: readonly I[], showRequired: boolean): I[] =>
  showRequired ? [...issues] : issues.filter((i) => i.code !== 'REQUIRED');

export const errorsIn = <I extends Issue>(issues: readonly I[]): I[] => issues.filter((i) => i.severity === 'error');
export const warningsIn = <I extends Issue>(issues: readonly I[]): I[] => issues.filter((i) => i.severity === 'warning');

/** The messages of errors, joined, for an input's error text (undefined when there are none). */
export function errorText(issues: readonly Issue[]): string | undefined {
  const errors = errorsIn(issues).map((i) => i.message);
  return errors.length > 0 ? errors.join(' ') : undefined;
}
