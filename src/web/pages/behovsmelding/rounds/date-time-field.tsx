// A local Europe/Oslo date and time entered as a date input and a time input in one fieldset. The fieldset carries
// the field's id (fieldId(name)), so an error-summary link for `deadlineLocal` lands on its date input. Warns when
// the time falls in the hour the clock skips or repeats at a daylight-saving change. Times are whole minutes: a
// deadline of 23:59 lasts to the minute's end (local-date-time.ts, `endOfMinute`).
import { Field, Fieldset, Input, Label, Paragraph, Tag, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { fieldId } from '../../../forms/field-id.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { osloClockAnomaly, type DateTimeParts } from './local-date-time.ts';

type Props = {
  name: string;
  label: string;
  description?: ReactNode;
  required?: boolean;
  value: DateTimeParts;
  onChange: (value: DateTimeParts) => void;
  error?: string | undefined;
};

export function DateTimeField({ name, label, description, required, value, onChange, error }: Props) {
  const t = useT();
  const id = fieldId(name);
  const anomaly = osloClockAnomaly(value);
  const invalid = error ? true : undefined;
  return (
    <Fieldset id={id}>
      <Fieldset.Legend>
        {label}
        {required && (
          <>
            {' '}
            <Tag data-color="warning" data-size="sm">
              {t('form.required')}
            </Tag>
          </>
        )}
      </Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="kl-add-row">
        <Field>
          <Label htmlFor={`${id}-date`}>{t('round.dateOf', { field: label })}</Label>
          <Input
            id={`${id}-date`}
            name={`${name}.date`}
            type="date"
            value={value.date}
            required={required}
            aria-invalid={invalid}
            onChange={(e) => onChange({ ...value, date: e.target.value })}
          />
        </Field>
        <Field>
          <Label htmlFor={`${id}-time`}>{t('round.timeOf', { field: label })}</Label>
          <Input
            id={`${id}-time`}
            name={`${name}.time`}
            type="time"
            step={60}
            value={value.time}
            required={required}
            aria-invalid={invalid}
            onChange={(e) => onChange({ ...value, time: e.target.value })}
          />
        </Field>
      </div>
      {anomaly && (
        <Paragraph data-size="sm" role="note">
          {t(anomaly === 'skipped' ? 'round.dstSkipped' : 'round.dstRepeated')}
        </Paragraph>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
