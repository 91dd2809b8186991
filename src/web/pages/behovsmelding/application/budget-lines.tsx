// The lines of a budget table (or of a line's detail table): each a BudgetLineEditor, plus buttons to add a cost,
// a percentage or a subtotal line. Focus follows: to the new line, or to the list after a removal.
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { TableView } from './budget-compute.ts';
import { BudgetLineEditor } from './budget-line-editor.tsx';
import { blankLine, type DraftLine, type LineKind } from './draft-types.ts';
import { fieldAnchorId } from './field-anchor.ts';
import { move, removeAt, replaceAt } from './field-values.ts';
import type { Issue } from './issues.ts';
import { useFocusAfterRender } from './use-focus-after-render.ts';

type Props = {
  /** The table's path; lines are `<path>.lines.<n>`. */
  path: string;
  legend: string;
  lines: DraftLine[];
  view: TableView | null;
  issues: readonly Issue[];
  depth: number;
  /** The number of the line these are details of ("2" → lines 2.1, 2.2 …); absent for a budget's own lines. */
  parentNumber?: string;
  onChange: (lines: DraftLine[]) => void;
  onBlur: () => void;
};

export function BudgetLines({ path, legend, lines, view, issues, depth, parentNumber, onChange, onBlur }: Props) {
  const t = useT();
  const focusLater = useFocusAfterRender();
  const add = (kind: LineKind) => {
    onChange([...lines, blankLine(kind)]);
    focusLater(fieldAnchorId(`${path}.lines.${lines.length}.description`));
  };
  return (
    <Fieldset id={fieldAnchorId(`${path}.lines`)} className="bm-lines">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {lines.map((line, i) => (
        <BudgetLineEditor
          key={i}
          path={`${path}.lines.${i}`}
          index={i}
          number={parentNumber ? `${parentNumber}.${i + 1}` : String(i + 1)}
          count={lines.length}
          line={line}
          view={view?.lines[i] ?? null}
          issues={issues}
          depth={depth}
          onChange={(l) => onChange(replaceAt(lines, i, l))}
          onRemove={() => {
            onChange(removeAt(lines, i));
            focusLater(fieldAnchorId(`${path}.lines`));
            onBlur();
          }}
          onMove={(by) => {
            onChange(move(lines, i, by));
            focusLater(fieldAnchorId(`${path}.lines.${i + by}.kind`));
            onBlur();
          }}
          onBlur={onBlur}
        />
      ))}
      <div className="kl-actions">
        <Button type="button" variant="secondary" data-size="sm" onClick={() => add('item')}>
          {t('bm.budget.addItem')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => add('percentage')}>
          {t('bm.budget.addPercentage')}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => add('subtotal')}>
          {t('bm.budget.addSubtotal')}
        </Button>
      </div>
    </Fieldset>
  );
}
