// The round's case numbers: one row per county (county select + the case number from the archive system). "Legg til
// fylke" adds a row and moves focus to its county; each row has its own remove button. Errors are per row and field
// (caseNumbers.0.caseNumber), as the shared schema and the server name them.
import { Button, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { fieldId } from '../../../forms/field-id.ts';
import { SelectField, TextField } from '../../../forms/fields.tsx';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { County } from '../../../types/reference.ts';
import { emptyCaseRow, type CaseNumberRow } from './round-form-values.ts';

type Props = {
  rows: CaseNumberRow[];
  onChange: (rows: CaseNumberRow[]) => void;
  /** The counties the office covers (all counties while no office is chosen). */
  counties: County[];
  errorFor: (field: string) => string | undefined;
};

export function CaseNumberEditor({ rows, onChange, counties, errorFor }: Props) {
  const t = useT();
  const focusIndex = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const names = new Map(counties.map((c) => [c.number, c.name]));
  const whole = errorFor('caseNumbers');

  useEffect(() => {
    if (focusIndex.current === null) return;
    document.getElementById(fieldId(`caseNumbers.${focusIndex.current}.countyNumber`))?.focus();
    focusIndex.current = null;
  }, [rows.length]);

  const update = (index: number, patch: Partial<CaseNumberRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const add = () => {
    focusIndex.current = rows.length;
    onChange([...rows, emptyCaseRow()]);
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    addButton.current?.focus();
  };

  return (
    <Fieldset id={fieldId('caseNumbers')}>
      <Fieldset.Legend>{t('round.caseNumbers')}</Fieldset.Legend>
      <Fieldset.Description>{t('round.caseNumbersHelp')}</Fieldset.Description>
      {rows.map((row, i) => {
        const countyName = names.get(row.countyNumber);
        const label = countyName ? t('round.caseNumberFor', { county: countyName }) : t('round.caseNumberRow', { number: i + 1 });
        return (
          <Fieldset key={row.key} className="kl-unit">
            <Fieldset.Legend>{label}</Fieldset.Legend>
            <SelectField
              name={`caseNumbers.${i}.countyNumber`}
              label={t('field.county')}
              required
              value={row.countyNumber}
              error={errorFor(`caseNumbers.${i}.countyNumber`)}
              onChange={(v) => update(i, { countyNumber: v })}
              placeholder={t('form.choose')}
              options={counties.map((c) => ({ value: c.number, label: `${c.number} ${c.name}` }))}
            />
            <TextField
              name={`caseNumbers.${i}.caseNumber`}
              label={t('round.caseNumber')}
              description={t('round.caseNumberHelp')}
              required
              autoComplete="off"
              value={row.caseNumber}
              error={errorFor(`caseNumbers.${i}.caseNumber`)}
              onChange={(v) => update(i, { caseNumber: v })}
            />
            {rows.length > 1 && (
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)} aria-label={t('common.removeItem', { name: label })}>
                {t('common.remove')}
              </Button>
            )}
          </Fieldset>
        );
      })}
      <Button type="button" variant="secondary" onClick={add} ref={addButton}>
        {t('round.addCounty')}
      </Button>
      {whole && <ValidationMessage>{whole}</ValidationMessage>}
    </Fieldset>
  );
}
