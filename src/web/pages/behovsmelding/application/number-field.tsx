// A number input that keeps what the user types (`1 676 314`, `2,5`) and gives the field a number only when the
// text reads as one; otherwise it says so at the input and the field keeps its last number.
import { Textfield } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../../i18n/catalogs.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { formatNumberText, parseNumberText, type NumberKind } from './number-text.ts';
import { QuestionLabel } from '../../../forms/question-label.tsx';

type Props = {
  id: string;
  label: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  onBlur: () => void;
  kind: NumberKind;
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  /** Narrow input for small numbers (years, percentages, counts). */
  narrow?: boolean;
};

const INVALID: Record<NumberKind, MessageKey> = {
  kroner: 'bm.number.invalidKroner',
  decimal: 'bm.number.invalidDecimal',
  integer: 'bm.number.invalidInteger',
  year: 'bm.number.invalidYear',
};

export function NumberField({ id, label, value, onChange, onBlur, kind, error, description, required, narrow }: Props) {
  const t = useT();
  const [text, setText] = useState(() => formatNumberText(value, kind));
  const [shown, setShown] = useState(value);
  const parsed = parseNumberText(text, kind);
  // The value changed from outside (another writer, "Bruk deres"): show it, unless the text already means it.
  if (value !== shown) {
    setShown(value);
    if (!(parsed.ok && parsed.value === (value ?? null))) setText(formatNumberText(value, kind));
  }
  const change = (next: string) => {
    setText(next);
    const p = parseNumberText(next, kind);
    if (p.ok && p.value !== (value ?? null)) {
      setShown(p.value);
      onChange(p.value);
    }
  };
  const blur = () => {
    if (parsed.ok) setText(formatNumberText(parsed.value, kind));
    onBlur();
  };
  const message = parsed.ok ? error : [t(INVALID[kind]), error].filter(Boolean).join(' ');
  return (
    <Textfield
      id={id}
      name={id}
      className={narrow ? 'bm-narrow' : 'bm-number'}
      label={<QuestionLabel label={label} required={required} />}
      description={description}
      inputMode={kind === 'decimal' ? 'decimal' : 'numeric'}
      value={text}
      error={message || undefined}
      onChange={(e) => change(e.target.value)}
      onBlur={blur}
    />
  );
}
