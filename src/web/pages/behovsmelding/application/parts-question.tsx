// The parts of the behovsmelding (section 6): each has a name, the office it is applied for at (another office for
// e.g. Evenes → Nordland) and the year its budget is for. A part's id is made when it is added and never changes,
// since its own fields are keyed by it (`parts.<id>.ownerBudget`).
import { useT } from '../../../i18n/i18n-context.tsx';
import type { Office } from '../../../types/reference.ts';
import { useApplicationForm } from './application-context.ts';
import { newPartId, type TPartHeader } from './draft-types.ts';
import { FieldShell } from './field-shell.tsx';
import { partsOf } from './field-values.ts';
import { remainingIssues } from './issues.ts';
import { RowsEditor, rowInputPaths, type RowColumn } from './rows-editor.tsx';
import { ZPartHeader } from '../../../../domain/behovsmelding/application-fields.ts';
import { RowsTable } from './rows-table.tsx';
import { useField } from './use-field.ts';

export function PartsQuestion({ offices }: { offices: Office[] }) {
  const t = useT();
  const { application } = useApplicationForm();
  const field = useField('parts');
  const parts = partsOf(field.value);
  const here = offices.find((o) => o.id === application.round.officeId)?.name ?? application.round.officeName;
  const options = offices.filter((o) => o.id !== application.round.officeId).map((o) => ({ value: o.id, label: o.name }));
  const columns: RowColumn<TPartHeader>[] = [
    { name: 'name', label: t('bm.part.name'), required: true },
    {
      name: 'otherOfficeId',
      label: t('bm.part.office'),
      kind: 'select',
      options,
      placeholder: t('bm.part.thisOffice', { office: here }),
      format: (v) => (v ? (offices.find((o) => o.id === v)?.name ?? String(v)) : t('bm.part.thisOffice', { office: here })),
    },
    { name: 'budgetYear', label: t('bm.part.budgetYear'), kind: 'year', required: true },
  ];
  const rowLabel = (i: number) => t('bm.part.row', { n: i + 1 });
  if (!field.editable) return <RowsTable path="parts" caption={t('bm.part.legend')} rows={parts} columns={columns} />;
  return (
    <FieldShell field={field} rest={remainingIssues(field.issues, 'parts', rowInputPaths('parts', parts.map((p) => p.id), columns))}>
      <RowsEditor
        path="parts"
        legend={t('bm.part.legend')}
        required
        description={t('bm.part.help')}
        rows={parts}
        columns={columns}
        blank={() => ({ id: newPartId(parts.map((p) => p.id)), name: null, otherOfficeId: null, budgetYear: application.round.year })}
        rowLabel={rowLabel}
        addLabel={t('bm.part.add')}
        issues={field.issues.filter((i) => i.fieldKey === 'parts')}
        rowKey={(p) => p.id}
        onChange={field.set}
        onBlur={field.commit}
        rowSchema={ZPartHeader}
        confirmRemove={(i) => t('bm.part.confirmRemove', { part: parts[i]?.name?.trim() || rowLabel(i) })}
      />
    </FieldShell>
  );
}
