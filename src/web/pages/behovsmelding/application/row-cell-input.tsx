// One cell of an editable table row, by the column's kind: text, textarea, choice or number.
import { Textfield } from '@digdir/designsystemet-react';
import type { Option } from '../../../forms/fields.tsx';
import { NumberField } from './number-field.tsx';
import { QuestionLabel } from '../../../forms/question-label.tsx';
import { SelectInput } from './select-input.tsx';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useCounter } from './use-counter.ts';

export type CellKind = 'text' | 'textarea' | 'email' | 'select' | 'integer' | 'kroner' | 'year';

type Props = {
  id: string;
  label: string;
  kind: CellKind;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  error?: string | undefined;
  required?: boolean | undefined;
  options?: Option[] | undefined;
  /** The empty choice of a select ("Velg …" unless it means something, e.g. "this office"). */
  placeholder?: string | undefined;
  /** Text cells: the most characters the server takes (from the row's schema). */
  maxLength?: number | undefined;
};

export function RowCellInput({ id, label, kind, value, onChange, onBlur, error, required, options, placeholder, maxLength }: Props) {
  const t = useT();
  const counter = useCounter(maxLength);
  if (kind === 'select')
    return (
      <SelectInput
        id={id}
        label={label}
        value={typeof value === 'string' ? value : ''}
        options={options ?? []}
        placeholder={placeholder ?? t('form.choose')}
        onChange={(v) => onChange(v === '' ? null : v)}
        onBlur={onBlur}
        error={error}
        required={required}
      />
    );
  if (kind === 'integer' || kind === 'kroner' || kind === 'year')
    return (
      <NumberField
        id={id}
        label={label}
        kind={kind}
        narrow={kind !== 'kroner'}
        value={typeof value === 'number' ? value : null}
        onChange={onChange}
        onBlur={onBlur}
        error={error}
        required={required}
      />
    );
  const shared = {
    id,
    name: id,
    label: <QuestionLabel label={label} required={required} />,
    value: typeof value === 'string' ? value : '',
    error,
    onBlur,
    ...counter,
  };
  return kind === 'textarea' ? (
    <Textfield {...shared} multiline onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} />
  ) : (
    <Textfield {...shared} type={kind === 'email' ? 'email' : 'text'} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} />
  );
}
