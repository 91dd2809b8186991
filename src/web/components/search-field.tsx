// A labelled search input (Designsystemet Search: input + clear button) for list filters.
import { Field, Label, Search } from '@digdir/designsystemet-react';
import { useT } from '../i18n/i18n-context.tsx';

export function SearchField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Search>
        <Search.Input id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)} />
        <Search.Clear aria-label={t('search.clear')} onClick={() => onChange('')} />
      </Search>
    </Field>
  );
}
