// Filters of the audit log, checked with the server's own ZAuditQuery (so a bad date is caught before asking).
import { FormFrame } from '../../forms/form-frame.tsx';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { useForm } from '../../forms/use-form.ts';
import { Button } from '@digdir/designsystemet-react';
import { ZAuditQuery } from '../../../domain/audit/audit-query.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { AUDIT_ENTITY_TYPES, useAuditLabels } from './audit-labels.ts';

export type AuditFilterValues = { entityType: string; entityId: string; from: string; to: string };

export function AuditFilters({ initial, onApply }: { initial: AuditFilterValues; onApply: (values: AuditFilterValues) => void }) {
  const t = useT();
  const { entityTypeLabel } = useAuditLabels();
  const form = useForm({
    initial,
    schema: ZAuditQuery,
    onSubmit: async (values: AuditFilterValues) => onApply(values),
  });
  const field = (name: keyof AuditFilterValues) => ({ name, value: form.values[name], error: form.errorFor(name), onChange: (v: string) => form.set(name, v) });
  return (
    <FormFrame form={form} label={t('audit.filterLabel')}>
      <div className="kl-filters">
        <SelectField
          {...field('entityType')}
          label={t('audit.entityType')}
          placeholder={t('filter.all')}
          options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: entityTypeLabel(type) }))}
        />
        <TextField {...field('entityId')} label={t('audit.entityId')} autoComplete="off" />
        <TextField {...field('from')} label={t('audit.from')} type="date" />
        <TextField {...field('to')} label={t('audit.to')} type="date" />
        <Button type="submit" variant="secondary">
          {t('search.submit')}
        </Button>
      </div>
    </FormFrame>
  );
}
