// A labelled native select (keyboard-friendly) with its error, for choices inside the form's tables.
import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { Option } from '../../../forms/fields.tsx';
import { QuestionLabel } from '../../../forms/question-label.tsx';

type Props = {
  id: string;
  label: string;
  value: string;
  options: Option[];
  /** The text of the empty choice ("Velg …"); none = no empty choice. */
  placeholder?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error?: string | undefined;
  required?: boolean;
};

export function SelectInput({ id, label, value, options, placeholder, onChange, onBlur, error, required }: Props) {
  return (
    <Field>
      <Label>
        <QuestionLabel label={label} required={required} />
      </Label>
      <Select id={id} name={id} value={value} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)} onBlur={onBlur}>
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
