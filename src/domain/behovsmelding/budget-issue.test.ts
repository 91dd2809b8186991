// A budget warning says its difference once (issue 12, point 10): the message names it without a sign ("avviker …
// med 1 kr"); a second, signed figure beside it ("avvik kr −1") read as a contradiction.
import { describe, expect, it } from 'vitest';
import { renderNb } from '../shared/message-catalogs.ts';
import { budgetIssue, differenceToShow, statedDiffersIssue } from './budget-issue.ts';

describe('the difference beside a budget warning', () => {
  it('budget warnings do not state the difference twice with opposite signs', () => {
    const issue = statedDiffersIssue('parts.hoved.ownerBudget.lines.0.statedAmount', 145_766, 145_767);
    expect(renderNb(issue.message)).toBe('Oppgitt sum 145\u00a0766\u00a0kr avviker fra beregnet 145\u00a0767\u00a0kr (1\u00a0kr)');
    expect(issue.differenceKr).toBe(-1);
    expect(differenceToShow(issue)).toBeNull();
    expect(differenceToShow(budgetIssue('SECTION6_DIFFERS_FROM_BUDGET', 'x', 'y', -12))).toBeNull();
  });

  it('a warning whose message does not name the difference shows it once, without a sign', () => {
    expect(differenceToShow(budgetIssue('FACTORS_DIFFER_FROM_DETAILS', 'x', 'y', -300))).toBe(300);
    expect(differenceToShow(budgetIssue('FACTORS_DIFFER_FROM_DETAILS', 'x', 'y', 0))).toBeNull();
  });
});
