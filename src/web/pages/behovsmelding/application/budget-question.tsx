// One budget table of a part (the owner's or the UH's): its lines, the total the applicant states under it, and
// what it computes — as the lines are typed, with the differences. Read-only it is BudgetTableView.
import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { partFieldKey } from '../../../../domain/behovsmelding/application-fields.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { computeDraftTable } from './budget-compute.ts';
import { BudgetLines } from './budget-lines.tsx';
import { BudgetTableView } from './budget-table-view.tsx';
import { blankTable } from './draft-types.ts';
import { fieldAnchorId } from './field-anchor.ts';
import { FieldShell } from './field-shell.tsx';
import { useFocusAfterRender } from './use-focus-after-render.ts';
import { budgetTableOf } from './field-values.ts';
import { IssueMessages } from './issue-messages.tsx';
import { errorText, issuesAt, remainingIssues } from './issues.ts';
import { NumberField } from './number-field.tsx';
import { useField } from './use-field.ts';

export function BudgetQuestion({ partId, which, partName }: { partId: string; which: 'ownerBudget' | 'uhBudget'; partName: string }) {
  const t = useT();
  const field = useField(partFieldKey(partId, which));
  const key = field.key;
  const table = budgetTableOf(field.value);
  const view = table ? computeDraftTable(table, key) : null;
  const legend = t(which === 'ownerBudget' ? 'bm.budget.owner' : 'bm.budget.uh', { part: partName });
  // The create button goes away: focus moves on to the new table's first line, not to the page.
  const focusLater = useFocusAfterRender();

  if (!field.editable) return <BudgetTableView path={key} caption={legend} table={table} view={view} />;
  if (!table)
    return (
      <FieldShell field={field} rest={field.issues}>
        <div id={fieldAnchorId(key)} className="bm-budget-empty">
          <Paragraph>{t('bm.budget.none', { budget: legend })}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => {
              field.set(blankTable());
              focusLater(fieldAnchorId(`${key}.lines.0.description`));
            }}>
            {t('bm.budget.create', { budget: legend })}
          </Button>
        </div>
      </FieldShell>
    );

  const statedTotalPath = `${key}.statedTotal`;
  const totalWarnings = (view?.issues ?? []).filter((i) => i.path === statedTotalPath);
  const rest = remainingIssues(field.issues, key, [`${key}.lines.`, `${key}.lines`, `${key}.title`, statedTotalPath]).filter((i) => i.severity === 'error');
  return (
    <FieldShell field={field} rest={rest}>
      <Fieldset id={fieldAnchorId(key)} className="bm-budget">
        <Fieldset.Legend>{legend}</Fieldset.Legend>
        <Textfield
          id={fieldAnchorId(`${key}.title`)}
          name={`${key}.title`}
          label={t('bm.budget.title')}
          value={table.title ?? ''}
          error={errorText(issuesAt(field.issues, `${key}.title`))}
          onChange={(e) => field.set({ ...table, title: e.target.value === '' ? null : e.target.value })}
          onBlur={field.commit}
        />
        <BudgetLines
          path={key}
          legend={t('bm.budget.lines', { budget: legend })}
          lines={table.lines}
          view={view}
          issues={field.issues}
          depth={0}
          onChange={(lines) => field.set({ ...table, lines })}
          onBlur={field.commit}
        />
        <NumberField
          id={fieldAnchorId(statedTotalPath)}
          label={t('bm.budget.statedTotal')}
          kind="kroner"
          value={table.statedTotal}
          error={errorText(issuesAt(field.issues, statedTotalPath))}
          onChange={(statedTotal) => field.set({ ...table, statedTotal })}
          onBlur={field.commit}
        />
        <Paragraph className="bm-computed">
          <strong>{t('bm.budget.total', { amount: formatMoney(view?.total ?? 0) })}</strong>
          {view && view.incompleteLines > 0 && ` ${t('bm.budget.incomplete', { count: view.incompleteLines })}`}
        </Paragraph>
        <IssueMessages issues={totalWarnings} />
        <div>
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              if (window.confirm(t('bm.budget.confirmRemove', { budget: legend }))) field.set(null);
            }}
          >
            {t('bm.budget.remove', { budget: legend })}
          </Button>
        </div>
      </Fieldset>
    </FieldShell>
  );
}
