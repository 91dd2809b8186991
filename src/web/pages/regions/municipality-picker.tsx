// Keyboard-friendly picker for a region's municipalities: choose a county, narrow by name, tick checkboxes.
// Ticked municipalities stay chosen across counties (a region may cross county lines) and are listed with
// remove buttons.
import { Button, Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { fieldId } from '../../forms/field-id.ts';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import type { County, Municipality } from '../../types/reference.ts';

type Props = {
  name: string;
  selected: string[];
  onChange: (numbers: string[]) => void;
  error?: string | undefined;
  municipalities: Municipality[];
  counties: County[];
};

export function MunicipalityPicker({ name, selected, onChange, error, municipalities, counties }: Props) {
  const t = useT();
  const byNumber = useMemo(() => new Map(municipalities.map((m) => [m.number, m])), [municipalities]);
  // Until the user picks a county, show the county of the region's first municipality (known once loaded).
  const [picked, setCounty] = useState<string | null>(null);
  const county = picked ?? byNumber.get(selected[0] ?? '')?.countyNumber ?? '';
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase('nb');
  const shown = municipalities
    .filter((m) => (!county || m.countyNumber === county) && (!needle || m.name.toLocaleLowerCase('nb').includes(needle)))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const toggle = (number: string, on: boolean) => onChange(on ? [...selected, number] : selected.filter((n) => n !== number));
  const countyName = counties.find((c) => c.number === county)?.name;

  return (
    <Fieldset id={fieldId(name)} className="kl-picker">
      <Fieldset.Legend>{t('region.municipalities')}</Fieldset.Legend>
      <Fieldset.Description>{t('region.pickerHelp')}</Fieldset.Description>
      <div className="kl-filters">
        <SelectField
          name={`${name}-county`}
          label={t('field.county')}
          value={county}
          onChange={setCounty}
          placeholder={t('filter.allCounties')}
          options={counties.map((c) => ({ value: c.number, label: `${c.name} (${c.number})` }))}
        />
        <TextField name={`${name}-filter`} label={t('region.filterMunicipalities')} value={filter} onChange={setFilter} autoComplete="off" />
      </div>
      <Fieldset className="kl-checkbox-columns">
        <Fieldset.Legend>{countyName ? t('region.municipalitiesIn', { county: countyName }) : t('region.allMunicipalities')}</Fieldset.Legend>
        {shown.length === 0 && <p>{t('region.noMatches')}</p>}
        {shown.map((m) => (
          <Checkbox key={m.number} label={`${m.name} (${m.number})`} value={m.number} checked={selected.includes(m.number)} onChange={(e) => toggle(m.number, e.target.checked)} />
        ))}
      </Fieldset>
      <div aria-live="polite" className="kl-block">
        <strong>{t('region.selectedCount', { count: selected.length })}</strong>
      </div>
      {selected.length > 0 && (
        <ul className="kl-chosen">
          {selected.map((number) => {
            const label = byNumber.get(number)?.name ?? number;
            return (
              <li key={number}>
                {label}{' '}
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => toggle(number, false)} aria-label={t('common.removeItem', { name: label })}>
                  {t('common.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
