// Choice between Kartverket's current division (2024) and the 2020–2023 one that old data refers to.
import { SelectField } from '../../forms/fields.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

export function DivisionSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <SelectField
      name="inndeling"
      label={t('field.division')}
      value={value}
      onChange={onChange}
      options={[
        { value: '2024', label: t('reference.division2024') },
        { value: '2020', label: t('reference.division2020') },
      ]}
    />
  );
}
