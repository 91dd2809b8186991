// Form fields on Designsystemet's Field: label, optional description, the input and its ValidationMessage.
// <ds-field> ties label and message to the input (for/aria-describedby); aria-invalid is set explicitly too.
import { Checkbox, Field, Label, Select, Tag, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context.tsx';
import { fieldId } from './field-id.ts';

type Common = { name: string; label: string; error?: string | undefined; required?: boolean; description?: ReactNode };

function LabelText({ label, required }: { label: string; required?: boolean | undefined }) {
  const t = useT();
  return (
    <>
      {label}
      {required && (
        <>
          {' '}
          <Tag data-color="warning" data-size="sm">
            {t('form.required')}
          </Tag>
        </>
      )}
    </>
  );
}

export function TextField({
  name,
  label,
  error,
  required,
  description,
  value,
  onChange,
  type = 'text',
  multiline,
  autoComplete,
  inputMode,
  lang,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'number';
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
  /** The language of the text typed in (a text per language): screen readers and spelling follow it. */
  lang?: string;
}) {
  const shared = {
    id: fieldId(name),
    name,
    label: <LabelText label={label} required={required} />,
    description,
    error,
    required,
    value,
    autoComplete,
    lang,
  };
  return multiline ? (
    <Textfield {...shared} multiline rows={4} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <Textfield {...shared} type={type} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  name,
  label,
  error,
  required,
  description,
  value,
  onChange,
  options,
  placeholder,
}: Common & { value: string; onChange: (value: string) => void; options: Option[]; placeholder?: string }) {
  return (
    <Field>
      <Label>
        <LabelText label={label} required={required} />
      </Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select id={fieldId(name)} name={name} value={value} required={required} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)}>
        {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

export function CheckboxField({ name, label, error, description, checked, onChange }: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <Checkbox
      id={fieldId(name)}
      name={name}
      label={label}
      description={description}
      error={error}
      checked={checked}
      aria-invalid={error ? true : undefined}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
