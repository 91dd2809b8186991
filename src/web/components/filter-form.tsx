// The filter bar above a list: a search landmark with its fields and one submit button. Filters live in the
// address, so results can be shared and the back button works.
import { Button } from '@digdir/designsystemet-react';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../i18n/i18n-context.tsx';

export function FilterForm({ label, onSubmit, children }: { label: string; onSubmit: () => void; children: ReactNode }) {
  const t = useT();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form role="search" aria-label={label} onSubmit={submit} className="kl-filters">
      {children}
      <Button type="submit" variant="secondary">
        {t('search.submit')}
      </Button>
    </form>
  );
}
