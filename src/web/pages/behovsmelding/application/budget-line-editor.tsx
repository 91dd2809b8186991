// One line of a budget table: its kind (cost / percentage / subtotal), description and numbers, an optional detail
// table (item lines, one level down), and what it computes, with the warnings at the line and the difference in kr.
// Lines are moved with buttons (the order matters for percentages and subtotals), never by dragging.
import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { MAX_LINE_DESCRIPTION } from '../../../../domain/behovsmelding/budget-line.ts';
import { formatMoney } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { BudgetLines } from './budget-lines.tsx';
import type { LineView } from './budget-compute.ts';
import { blankLine, blankTable, type DraftLine, type LineKind } from './draft-types.ts';
import { FactorsEditor } from './factors-editor.tsx';
import { fieldAnchorId } from './field-anchor.ts';
import { IssueMessages } from './issue-messages.tsx';
import { errorText, issuesAt, remainingIssues, type Issue } from './issues.ts';
import { NumberField } from './number-field.tsx';
import { SelectInput } from './select-input.tsx';
import { useCounter } from './use-counter.ts';

/** The start of a description, for the line's legend. */
const shortened = (text: string, max = 60) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('').trimEnd()}…` : text);

type Props = {
  path: string;
  index: number;
  /** As the form numbers it: "2", or "2.1" for a line of line 2's detail table. Buttons name the line by it. */
  number: string;
  count: number;
  line: DraftLine;
  view: LineView | null;
  issues: readonly Issue[];
  depth: number;
  onChange: (line: DraftLine) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
  onBlur: () => void;
};

export function BudgetLineEditor({ path, index, number, count, line, view, issues, depth, onChange, onRemove, onMove, onBlur }: Props) {
  const t = useT();
  const counter = useCounter(MAX_LINE_DESCRIPTION);
  // The description is the applicant's text: the legend shows its start, buttons only the line's number (a long
  // description repeated in every button label is what a screen reader would read for each of them).
  const description = line.description?.trim() ?? '';
  const legend = description ? t('bm.budget.lineLegend', { n: number, name: shortened(description) }) : t('bm.budget.line', { n: number });
  const kinds: { value: LineKind; label: string }[] = [
    { value: 'item', label: t('bm.budget.kind.item') },
    { value: 'percentage', label: t('bm.budget.kind.percentage') },
    { value: 'subtotal', label: t('bm.budget.kind.subtotal') },
  ];
  const changeKind = (kind: LineKind) => onChange({ ...blankLine(kind), id: line.id ?? null, description: line.description, statedAmount: line.statedAmount ?? null });
  const money = (field: 'unitPrice' | 'statedAmount', label: string) => (
    <NumberField
      id={fieldAnchorId(`${path}.${field}`)}
      label={label}
      kind="kroner"
      value={line[field]}
      error={errorText(issuesAt(issues, `${path}.${field}`))}
      onChange={(v) => onChange({ ...line, [field]: v })}
      onBlur={onBlur}
    />
  );
  const detailsPath = `${path}.details`;
  const shown = [`${path}.kind`, `${path}.description`, `${path}.unitPrice`, `${path}.statedAmount`, `${path}.percent`, `${path}.factors.`, `${detailsPath}.`, detailsPath];
  // Warnings come from the live computation (also while other parts are incomplete); errors from validation.
  const rest = [...remainingIssues(issues, path, shown).filter((i) => i.severity === 'error'), ...(view?.issues ?? [])];

  return (
    <Fieldset id={fieldAnchorId(path)} className="bm-line">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <div className="bm-row-cells">
        <SelectInput
          id={fieldAnchorId(`${path}.kind`)}
          label={t('bm.budget.kind')}
          value={line.kind}
          options={kinds}
          onChange={(v) => changeKind(v as LineKind)}
          onBlur={onBlur}
        />
        <div className="bm-cell-wide">
          <Textfield
            id={fieldAnchorId(`${path}.description`)}
            name={`${path}.description`}
            label={t('bm.budget.description')}
            value={line.description ?? ''}
            error={errorText(issuesAt(issues, `${path}.description`))}
            {...counter}
            onChange={(e) => onChange({ ...line, description: e.target.value === '' ? null : e.target.value })}
            onBlur={onBlur}
          />
        </div>
      </div>
      {line.kind === 'item' && (
        <>
          <FactorsEditor path={`${path}.factors`} factors={line.factors ?? []} issues={issues} onChange={(factors) => onChange({ ...line, factors })} onBlur={onBlur} />
          <div className="bm-row-cells">
            {money('unitPrice', t('bm.budget.unitPrice'))}
            {money('statedAmount', t('bm.budget.statedAmount'))}
          </div>
        </>
      )}
      {line.kind === 'percentage' && (
        <div className="bm-row-cells">
          <NumberField
            id={fieldAnchorId(`${path}.percent`)}
            label={t('bm.budget.percent')}
            kind="decimal"
            narrow
            value={line.percent}
            description={line.baseLineIds?.length ? t('bm.budget.percentOfLines', { lines: line.baseLineIds.join(', ') }) : t('bm.budget.percentOfAbove')}
            error={errorText(issuesAt(issues, `${path}.percent`))}
            onChange={(percent) => onChange({ ...line, percent })}
            onBlur={onBlur}
          />
          {money('statedAmount', t('bm.budget.statedAmount'))}
        </div>
      )}
      {line.kind === 'subtotal' && <div className="bm-row-cells">{money('statedAmount', t('bm.budget.statedSubtotal'))}</div>}
      <Paragraph data-size="sm" className="bm-computed">
        {view?.computed === null || view === null ? t('bm.budget.notComputed') : t('bm.budget.computed', { amount: formatMoney(view.computed) })}
        {view?.base !== null && view?.base !== undefined && ` ${t('bm.budget.base', { amount: formatMoney(view.base) })}`}
      </Paragraph>
      <IssueMessages issues={rest} />
      {line.kind === 'item' && depth === 0 && (
        <div className="bm-details">
          {line.details ? (
            <>
              <BudgetLines
                path={detailsPath}
                legend={t('bm.budget.detailsOf', { n: number })}
                lines={line.details.lines}
                view={view?.details ?? null}
                issues={issues}
                depth={depth + 1}
                parentNumber={number}
                onChange={(lines) => onChange({ ...line, details: { ...line.details!, lines } })}
                onBlur={onBlur}
              />
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange({ ...line, details: null })}>
                {t('bm.budget.removeDetails', { n: number })}
              </Button>
            </>
          ) : (
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange({ ...line, details: blankTable() })}>
              {t('bm.budget.addDetails', { n: number })}
            </Button>
          )}
        </div>
      )}
      <div className="kl-actions">
        <Button type="button" variant="tertiary" data-size="sm" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('bm.budget.moveUp', { n: number })}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('bm.budget.moveDown', { n: number })}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove}>
          {t('bm.budget.removeLine', { n: number })}
        </Button>
      </div>
    </Fieldset>
  );
}
