// A group of checkboxes in a fieldset with legend and one validation message: the keyboard-friendly multi-picker
// (Tab between boxes, Space to tick), used instead of click-only widgets.
import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { fieldId } from './field-id.ts';
import type { Option } from './fields.tsx';

type Props = {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  options: (Option & { description?: string })[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  className?: string;
};

export function CheckboxGroup({ name, legend, description, error, options, selected, onChange, className }: Props) {
  const toggle = (value: string, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <Fieldset id={fieldId(name)} className={className}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.map((o) => (
        <Checkbox
          key={o.value}
          label={o.label}
          description={o.description}
          value={o.value}
          checked={selected.includes(o.value)}
          aria-invalid={error ? true : undefined}
          onChange={(e) => toggle(o.value, e.target.checked)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
