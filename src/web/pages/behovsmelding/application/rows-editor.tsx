// A table field edited as a list of rows, each row a fieldset ("Rad 2") with a labelled input per column, so it
// reflows on small screens instead of becoming a wide table, and every control is reachable by Tab. Rows are added
// and removed with buttons; focus goes to the new row, or back to the add button after a removal.
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { columnMaxLength } from '../../../../domain/behovsmelding/application-fields.ts';
import type { Option } from '../../../forms/fields.tsx';
import { useT } from '../../../i18n/i18n-context.tsx';
import { fieldAnchorId } from './field-anchor.ts';
import { removeAt, replaceAt } from './field-values.ts';
import { errorText, issuesAt, type Issue } from './issues.ts';
import { QuestionLabel } from '../../../forms/question-label.tsx';
import { RowCellInput, type CellKind } from './row-cell-input.tsx';
import { useFocusAfterRender } from './use-focus-after-render.ts';

export type RowColumn<R> = {
  name: keyof R & string;
  label: string;
  kind?: CellKind;
  options?: Option[];
  placeholder?: string;
  required?: boolean;
  /** How the read-only table shows the cell (e.g. a choice's label). */
  format?: (value: unknown) => string;
};

type Props<R> = {
  /** Path of the list: `s1.aktivitetsplan`, `s2.tiltak.0.rader`; row inputs are `<path>.<row>.<column>`. */
  path: string;
  legend: string;
  required?: boolean;
  description?: ReactNode;
  rows: R[];
  columns: RowColumn<R>[];
  blank: () => R;
  rowLabel: (index: number) => string;
  addLabel: string;
  issues: readonly Issue[];
  onChange: (rows: R[]) => void;
  onBlur: () => void;
  /** The row's segment in input paths: its index, unless rows have ids validation names them by (parts). */
  rowKey?: (row: R, index: number) => string;
  /** Asks before removing a row (when the row carries more than it shows, e.g. a part's budget). */
  confirmRemove?: (index: number) => string;
  /** The row's schema (the one the server checks): text cells take its maximum lengths. */
  rowSchema?: z.ZodObject | undefined;
};

export function RowsEditor<R extends object>({ path, legend, required, description, rows, columns, blank, rowLabel, addLabel, issues, onChange, onBlur, confirmRemove, rowSchema, rowKey = (_row, index) => String(index) }: Props<R>) {
  const t = useT();
  const focusLater = useFocusAfterRender();
  const addButton = useRef<HTMLButtonElement>(null);
  const [said, setSaid] = useState('');
  const first = columns[0]!.name;

  const add = () => {
    const row = blank();
    onChange([...rows, row]);
    focusLater(fieldAnchorId(`${path}.${rowKey(row, rows.length)}.${first}`));
  };
  const remove = (index: number) => {
    if (confirmRemove && !window.confirm(confirmRemove(index))) return;
    onChange(removeAt(rows, index));
    setSaid(t('bm.rows.removed', { row: rowLabel(index) }));
    addButton.current?.focus();
    onBlur();
  };
  const cell = (row: R, index: number, name: keyof R & string, value: unknown) => onChange(replaceAt(rows, index, { ...row, [name]: value }));

  return (
    <Fieldset id={fieldAnchorId(path)} className="bm-rows">
      <Fieldset.Legend>
        <QuestionLabel label={legend} required={required} />
      </Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {rows.length === 0 && <Paragraph className="kl-muted">{t('bm.rows.none')}</Paragraph>}
      {rows.map((row, index) => (
        <Fieldset key={index} className="bm-row" id={fieldAnchorId(`${path}.${rowKey(row, index)}`)}>
          <Fieldset.Legend>{rowLabel(index)}</Fieldset.Legend>
          <div className="bm-row-cells">
            {columns.map((c) => {
              const cellPath = `${path}.${rowKey(row, index)}.${c.name}`;
              return (
                <div key={c.name} className={c.kind === 'textarea' ? 'bm-cell bm-cell-wide' : 'bm-cell'}>
                  <RowCellInput
                    id={fieldAnchorId(cellPath)}
                    label={c.label}
                    kind={c.kind ?? 'text'}
                    value={row[c.name]}
                    options={c.options}
                    placeholder={c.placeholder}
                    required={c.required}
                    maxLength={rowSchema ? columnMaxLength(rowSchema, c.name) : undefined}
                    error={errorText(issuesAt(issues, cellPath))}
                    onChange={(v) => cell(row, index, c.name, v)}
                    onBlur={onBlur}
                  />
                </div>
              );
            })}
          </div>
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(index)} aria-label={t('common.removeItem', { name: rowLabel(index) })}>
            {t('common.remove')}
          </Button>
        </Fieldset>
      ))}
      <div>
        <Button type="button" variant="secondary" data-size="sm" ref={addButton} onClick={add}>
          {addLabel}
        </Button>
      </div>
      <p aria-live="polite" className="ds-sr-only">
        {said}
      </p>
    </Fieldset>
  );
}

/** Every input path a RowsEditor shows issues at, for the field's remaining issues. */
export function rowInputPaths(path: string, rowKeys: number | readonly string[], columns: readonly { name: string }[]): string[] {
  const keys = typeof rowKeys === 'number' ? Array.from({ length: rowKeys }, (_, i) => String(i)) : rowKeys;
  return keys.flatMap((k) => columns.map((c) => `${path}.${k}.${c.name}`));
}
