// A table field of the catalogue (1.3 activities, 5.2 other owners, 5.3 UH): edited as rows, read as a table.
import type { ReactNode } from 'react';
import { FieldShell } from './field-shell.tsx';
import { rowsOf } from './field-values.ts';
import { remainingIssues } from './issues.ts';
import { RowsEditor, rowInputPaths, type RowColumn } from './rows-editor.tsx';
import { RowsTable } from './rows-table.tsx';
import { useField } from './use-field.ts';
import { rowSchemaOf } from '../../../../domain/behovsmelding/application-fields.ts';

type Props<R> = {
  fieldKey: string;
  columns: RowColumn<R>[];
  blank: () => R;
  rowLabel: (index: number) => string;
  addLabel: string;
  description?: ReactNode;
};

export function TableQuestion<R extends object>({ fieldKey, columns, blank, rowLabel, addLabel, description }: Props<R>) {
  const field = useField(fieldKey);
  const rows = rowsOf(field.value, blank);
  if (!field.editable) return <RowsTable path={fieldKey} caption={field.label} rows={rows} columns={columns} />;
  return (
    <FieldShell field={field} rest={remainingIssues(field.issues, fieldKey, rowInputPaths(fieldKey, rows.length, columns))}>
      <RowsEditor
        path={fieldKey}
        legend={field.label}
        required={field.required}
        description={description}
        rows={rows}
        columns={columns}
        blank={blank}
        rowLabel={rowLabel}
        addLabel={addLabel}
        issues={field.issues}
        onChange={field.set}
        onBlur={field.commit}
        rowSchema={rowSchemaOf(fieldKey)}
      />
    </FieldShell>
  );
}
