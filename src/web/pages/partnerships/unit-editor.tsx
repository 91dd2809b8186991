// The units taking part (kindergartens, schools, PPT …): one row of fields per unit, "Legg til enhet" adds a row
// and moves focus to its name field; each row has its own remove button.
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { UNIT_KINDS } from '../../../domain/org/partnership.ts';
import { useLabels } from '../../components/labels.ts';
import { fieldId } from '../../forms/field-id.ts';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import type { Municipality } from '../../types/reference.ts';
import { newUnitKey, type UnitValue } from './partnership-form-values.ts';

type Props = {
  units: UnitValue[];
  onChange: (units: UnitValue[]) => void;
  owners: { id: string; name: string }[];
  municipalities: Municipality[];
  errorFor: (field: string) => string | undefined;
};

export function UnitEditor({ units, onChange, owners, municipalities, errorFor }: Props) {
  const t = useT();
  const { unitKindLabel } = useLabels();
  const focusIndex = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const sorted = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nb'));

  useEffect(() => {
    if (focusIndex.current === null) return;
    document.getElementById(fieldId(`units.${focusIndex.current}.name`))?.focus();
    focusIndex.current = null;
  }, [units.length]);

  const update = (index: number, patch: Partial<UnitValue>) => onChange(units.map((u, i) => (i === index ? { ...u, ...patch } : u)));
  const add = () => {
    focusIndex.current = units.length;
    onChange([...units, { key: newUnitKey(), name: '', kind: '', municipalityNumber: '', ownerId: '' }]);
  };
  const remove = (index: number) => {
    onChange(units.filter((_, i) => i !== index));
    addButton.current?.focus();
  };

  return (
    <Fieldset id={fieldId('units')}>
      <Fieldset.Legend>{t('partnership.units')}</Fieldset.Legend>
      <Fieldset.Description>{t('partnership.unitsHelp')}</Fieldset.Description>
      {units.map((u, i) => {
        const label = u.name || t('partnership.unitNumber', { number: i + 1 });
        return (
          <Fieldset key={u.key} className="kl-unit">
            <Fieldset.Legend>{label}</Fieldset.Legend>
            <TextField name={`units.${i}.name`} label={t('field.unitName')} required value={u.name} error={errorFor(`units.${i}.name`)} onChange={(v) => update(i, { name: v })} />
            <SelectField
              name={`units.${i}.kind`}
              label={t('field.unitKind')}
              required
              value={u.kind}
              error={errorFor(`units.${i}.kind`)}
              onChange={(v) => update(i, { kind: v as UnitValue['kind'] })}
              placeholder={t('form.choose')}
              options={UNIT_KINDS.map((k) => ({ value: k, label: unitKindLabel(k) }))}
            />
            <SelectField
              name={`units.${i}.ownerId`}
              label={t('field.unitOwner')}
              value={u.ownerId}
              error={errorFor(`units.${i}.ownerId`)}
              onChange={(v) => update(i, { ownerId: v })}
              placeholder={t('form.none')}
              options={owners.map((o) => ({ value: o.id, label: o.name }))}
            />
            <SelectField
              name={`units.${i}.municipalityNumber`}
              label={t('field.municipality')}
              value={u.municipalityNumber}
              error={errorFor(`units.${i}.municipalityNumber`)}
              onChange={(v) => update(i, { municipalityNumber: v })}
              placeholder={t('form.none')}
              options={sorted.map((m) => ({ value: m.number, label: `${m.name} (${m.number})` }))}
            />
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)} aria-label={t('common.removeItem', { name: label })}>
              {t('common.remove')}
            </Button>
          </Fieldset>
        );
      })}
      <Button type="button" variant="secondary" onClick={add} ref={addButton}>
        {t('partnership.addUnit')}
      </Button>
    </Fieldset>
  );
}
