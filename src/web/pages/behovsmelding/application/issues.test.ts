import { describe, expect, it } from 'vitest';
import { errorText, issuesAt, issuesUnder, remainingIssues, visible, type Issue } from './issues.ts';

const issue = (path: string, code: Issue['code'] = 'INVALID', severity: Issue['severity'] = 'error'): Issue => ({ path, code, severity, message: `${path}!` });

const all = [
  issue('s5.uh'),
  issue('s5.uh.0.orgnr'),
  issue('s5.uh.0.kontonr', 'REQUIRED'),
  issue('s5.uhx'),
  issue('parts.a.ownerBudget.lines.0.statedAmount', 'STATED_DIFFERS', 'warning'),
];

describe('issues', () => {
  it('finds issues at a path and under a prefix', () => {
    expect(issuesAt(all, 's5.uh').map((i) => i.path)).toEqual(['s5.uh']);
    expect(issuesUnder(all, 's5.uh').map((i) => i.path)).toEqual(['s5.uh', 's5.uh.0.orgnr', 's5.uh.0.kontonr']);
  });

  it('leaves to the group what no input shows', () => {
    expect(remainingIssues(all, 's5.uh', ['s5.uh.0.orgnr', 's5.uh.0.kontonr']).map((i) => i.path)).toEqual(['s5.uh']);
    expect(remainingIssues(all, 'parts.a.ownerBudget', ['parts.a.ownerBudget.lines.'])).toEqual([]);
  });

  it('holds back "required" until asked', () => {
    expect(visible(all, false).some((i) => i.code === 'REQUIRED')).toBe(false);
    expect(visible(all, true)).toHaveLength(all.length);
  });

  it('joins error messages for an input, warnings excluded', () => {
    expect(errorText([issue('a'), issue('b'), issue('c', 'STATED_DIFFERS', 'warning')])).toBe('a! b!');
    expect(errorText([])).toBeUndefined();
  });
});
